package org.portreg.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.portreg.workflow.RequestAction.APPROVE;
import static org.portreg.workflow.RequestAction.ASK_INFORMATION;
import static org.portreg.workflow.RequestAction.ASSIGN;
import static org.portreg.workflow.RequestAction.CHECK;
import static org.portreg.workflow.RequestAction.PROVIDE_INFORMATION;
import static org.portreg.workflow.RequestAction.RECORD_APPROVAL;
import static org.portreg.workflow.RequestAction.REJECT;
import static org.portreg.workflow.RequestAction.START_REVIEW;
import static org.portreg.workflow.RequestAction.WITHDRAW;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.portreg.error.PermissionDeniedException;
import org.portreg.model.Transport;

/** Every action × role × ownership case of {@link Permissions}, as a table. */
class PermissionsTest {
  private static final Instant AT = Instant.parse("2026-09-01T10:00:00Z");
  private static final Set<RequestAction> NONE = EnumSet.noneOf(RequestAction.class);
  private static final Set<RequestAction> APPLICANT_ACTIONS =
      EnumSet.of(PROVIDE_INFORMATION, WITHDRAW);
  private static final Set<RequestAction> EXPERT_ACTIONS =
      EnumSet.of(START_REVIEW, ASK_INFORMATION, APPROVE, REJECT);
  private static final Set<RequestAction> ADMIN_ACTIONS =
      EnumSet.of(CHECK, RECORD_APPROVAL, ASSIGN);

  /** One row: who, whether the request (for tcp and udp) is their own, and what they may do. */
  private record Row(String who, User user, boolean own, Set<RequestAction> allowed) {
    @Override
    public String toString() {
      return who + (own ? " on own request" : " on another's request");
    }
  }

  private static User user(String name, Set<Role> roles, Set<Transport> expertFor, boolean active) {
    return new User(1, name, name, name + "@example.org", roles, expertFor, active, AT);
  }

  private static final User APPLICANT = user("ann", Set.of(Role.APPLICANT), Set.of(), true);
  private static final User EXPERT =
      user("eve", Set.of(Role.EXPERT), Set.of(Transport.TCP, Transport.UDP), true);
  private static final User NARROW_EXPERT =
      user("sam", Set.of(Role.EXPERT), Set.of(Transport.TCP), true);
  private static final User ADMIN = user("ada", Set.of(Role.ADMIN), Set.of(), true);
  private static final User EVERYTHING =
      user(
          "max",
          Set.of(Role.APPLICANT, Role.EXPERT, Role.ADMIN),
          Set.of(Transport.TCP, Transport.UDP),
          true);
  private static final User INACTIVE =
      user(
          "old",
          Set.of(Role.APPLICANT, Role.EXPERT, Role.ADMIN),
          Set.of(Transport.TCP, Transport.UDP),
          false);

  static List<Row> table() {
    return List.of(
        new Row("applicant", APPLICANT, true, APPLICANT_ACTIONS),
        new Row("applicant", APPLICANT, false, NONE),
        new Row("expert for tcp+udp", EXPERT, true, NONE),
        new Row("expert for tcp+udp", EXPERT, false, EXPERT_ACTIONS),
        new Row("expert for tcp only", NARROW_EXPERT, true, NONE),
        new Row("expert for tcp only", NARROW_EXPERT, false, NONE),
        new Row("admin", ADMIN, true, NONE),
        new Row("admin", ADMIN, false, ADMIN_ACTIONS),
        new Row("applicant+expert+admin", EVERYTHING, true, APPLICANT_ACTIONS),
        new Row("applicant+expert+admin", EVERYTHING, false, union(EXPERT_ACTIONS, ADMIN_ACTIONS)),
        new Row("inactive, every role", INACTIVE, true, NONE),
        new Row("inactive, every role", INACTIVE, false, NONE));
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (Row row : table()) {
      for (RequestAction action : RequestAction.values()) {
        cases.add(Arguments.of(row, action, row.allowed().contains(action)));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {1} allowed={2}")
  @MethodSource("cases")
  void decidesEveryActionForEveryRoleAndOwnership(Row row, RequestAction action, boolean allowed) {
    StoredRequest request = request(row.own() ? row.user().username() : "someone");
    assertThat(Permissions.mayAct(row.user(), action, request)).isEqualTo(allowed);
    if (allowed) {
      Actor actor = Permissions.actorFor(row.user(), action, request);
      assertThat(actor.role()).isEqualTo(action.role());
    } else {
      assertThatThrownBy(() -> Permissions.actorFor(row.user(), action, request))
          .isInstanceOf(PermissionDeniedException.class);
    }
  }

  static Stream<Arguments> operations() {
    List<Arguments> cases = new ArrayList<>();
    for (Row row : table()) {
      if (!row.own()) {
        for (Permissions.Operation op : Permissions.Operation.values()) {
          boolean allowed =
              row.user().active()
                  && row.user()
                      .roles()
                      .contains(op == Permissions.Operation.SUBMIT ? Role.APPLICANT : Role.ADMIN);
          cases.add(Arguments.of(row.who(), row.user(), op, allowed));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {2} allowed={3}")
  @MethodSource("operations")
  void lifecycleOperationsAreForAdminsAndSubmittingForApplicants(
      String who, User user, Permissions.Operation operation, boolean allowed) {
    if (allowed) {
      Permissions.require(user, operation);
    } else {
      assertThatThrownBy(() -> Permissions.require(user, operation))
          .isInstanceOf(PermissionDeniedException.class)
          .hasMessageContaining(
              "needs the role " + operation.role().name().toLowerCase(java.util.Locale.ROOT));
    }
    assertThat(Permissions.holds(user, operation.role())).isEqualTo(allowed);
  }

  static Stream<Arguments> visibility() {
    // who, own request, sees warnings (reviews), sees contacts
    return Stream.of(
        Arguments.of(APPLICANT, true, false, true),
        Arguments.of(APPLICANT, false, false, false),
        Arguments.of(EXPERT, true, true, true),
        Arguments.of(EXPERT, false, true, true),
        Arguments.of(NARROW_EXPERT, false, false, false),
        Arguments.of(ADMIN, false, true, true),
        Arguments.of(ADMIN, true, true, true),
        Arguments.of(INACTIVE, false, false, false),
        Arguments.of(INACTIVE, true, false, true));
  }

  @ParameterizedTest(name = "{0} own={1}: warnings={2} contacts={3}")
  @MethodSource("visibility")
  void privateDataIsForReviewersAndTheApplicant(
      User user, boolean own, boolean warnings, boolean contacts) {
    StoredRequest request = request(own ? user.username() : "someone");
    assertThat(Permissions.reviews(user, request)).isEqualTo(warnings);
    assertThat(Permissions.seesPrivateData(user, request)).isEqualTo(contacts);
  }

  @Test
  void namesWhatIsMissingInTheRefusal() {
    assertThatThrownBy(() -> Permissions.actorFor(APPLICANT, APPROVE, request("someone")))
        .hasMessage("APPROVE needs the role expert; user 'ann' has [applicant]");
    assertThatThrownBy(() -> Permissions.actorFor(EXPERT, APPROVE, request("eve")))
        .hasMessage(
            "user 'eve' applied for request #7 and may not APPROVE it; another expert must");
    assertThatThrownBy(() -> Permissions.actorFor(NARROW_EXPERT, APPROVE, request("someone")))
        .hasMessage("user 'sam' reviews [tcp], not every transport of request #7 [tcp, udp]");
    assertThatThrownBy(() -> Permissions.actorFor(APPLICANT, WITHDRAW, request("someone")))
        .hasMessage("WITHDRAW is for the applicant of request #7 only");
    assertThatThrownBy(() -> Permissions.require(NARROW_EXPERT, Permissions.Operation.MODIFY))
        .hasMessage("changing the registry needs the role admin; user 'sam' has expert");
  }

  @Test
  void anExpertActsWithTheirTransports() {
    assertThat(Permissions.actorFor(EXPERT, APPROVE, request("someone")).expertFor())
        .containsExactlyInAnyOrder(Transport.TCP, Transport.UDP);
  }

  private static Set<RequestAction> union(Set<RequestAction> a, Set<RequestAction> b) {
    Set<RequestAction> all = EnumSet.copyOf(a);
    all.addAll(b);
    return all;
  }

  private static StoredRequest request(String applicant) {
    AssignmentRequest request = Fixtures.request("example-proto", 7777).build();
    return new StoredRequest(7, request, RequestState.CHECKED, applicant, AT, AT, Optional.empty());
  }
}
