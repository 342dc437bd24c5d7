package org.portreg.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.portreg.error.PermissionDeniedException;
import org.portreg.local.LocalAssignment;
import org.portreg.local.LocalRequests;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;

/**
 * Who reviews a local request: the local experts, of any transport, never the transport experts;
 * and the other way round for IANA's requests.
 */
class LocalRequestRolesTest {
  private static final Instant AT = Instant.parse("2026-12-03T08:00:00Z");
  private static final User EVE = user("eve", Set.of(Role.EXPERT), Set.of(Transport.TCP));
  private static final User LOU = user("lou", Set.of(Role.LOCAL_EXPERT), Set.of());
  private static final User BOTH =
      user("bo", Set.of(Role.EXPERT, Role.LOCAL_EXPERT), Set.of(Transport.TCP));
  private static final User ADA = user("ada", Set.of(Role.ADMIN), Set.of());

  private static User user(String name, Set<Role> roles, Set<Transport> expertFor) {
    return new User(1, name, name, name + "@example.org", roles, expertFor, true, AT);
  }

  /** A local request for a System port on sctp: neither matters to a local expert. */
  private static StoredRequest local() {
    LocalAssignment entry =
        LocalAssignment.of("orders", Optional.of(PortRange.of(443)), Set.of(Transport.SCTP), "o");
    return new StoredRequest(
        7,
        LocalRequests.summary(entry),
        RequestState.EXPERT_REVIEW,
        "ann",
        AT,
        AT,
        Optional.empty(),
        Optional.of(LocalRequests.json(entry)));
  }

  private static StoredRequest iana() {
    AssignmentRequest request =
        AssignmentRequest.builder()
            .serviceName("orders")
            .transports(Transport.TCP)
            .port(4711)
            .build();
    return new StoredRequest(
        8, request, RequestState.EXPERT_REVIEW, "ann", AT, AT, Optional.empty());
  }

  @Test
  void onlyLocalExpertsReviewLocalRequestsOfAnyTransport() {
    assertThat(Permissions.actorFor(LOU, RequestAction.APPROVE, local()).role())
        .isEqualTo(Role.LOCAL_EXPERT);
    assertThat(Permissions.reviewsAsExpert(LOU, local())).isTrue();
    assertThat(Permissions.reviewsAsExpert(EVE, local())).isFalse();
    assertThat(Permissions.reviews(ADA, local())).isTrue();
    assertThatThrownBy(() -> Permissions.actorFor(EVE, RequestAction.APPROVE, local()))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessage("APPROVE needs the role local-expert; user 'eve' has [expert]");
    assertThat(Permissions.mayAct(BOTH, RequestAction.REJECT, local())).isTrue();
    assertThat(Permissions.mayAct(ADA, RequestAction.ASSIGN, local())).isTrue();
  }

  @Test
  void localExpertsDoNotReviewIanaRequests() {
    assertThat(Permissions.reviewsAsExpert(LOU, iana())).isFalse();
    assertThatThrownBy(() -> Permissions.actorFor(LOU, RequestAction.APPROVE, iana()))
        .hasMessage("APPROVE needs the role expert; user 'lou' has [local-expert]");
    assertThat(Permissions.mayAct(BOTH, RequestAction.APPROVE, iana())).isTrue();
  }

  @Test
  void aLocalApprovalNeedsNoIetfApprovalEvenOnASystemPort() {
    RequestWorkflow.Facts facts = RequestWorkflow.Facts.of(local());
    Transition t =
        RequestWorkflow.transition(
            RequestState.EXPERT_REVIEW, RequestAction.APPROVE, Actor.of(Role.LOCAL_EXPERT), facts);

    assertThat(facts.target()).isEqualTo(RequestTarget.LOCAL);
    assertThat(t)
        .isEqualTo(new Transition.Moved(RequestState.EXPERT_REVIEW, RequestState.APPROVED));
    assertThat(
            RequestWorkflow.transition(
                    RequestState.EXPERT_REVIEW,
                    RequestAction.APPROVE,
                    Actor.expert(Transport.SCTP),
                    facts)
                .isAllowed())
        .isFalse();
    assertThat(
            RequestWorkflow.allowedActions(
                RequestState.CHECKED, Actor.of(Role.LOCAL_EXPERT), facts))
        .containsExactly(RequestAction.START_REVIEW);
  }

  @Test
  void rolesHaveOneWordAndParseWithEitherSeparator() {
    assertThat(Role.LOCAL_EXPERT.word()).isEqualTo("local-expert");
    assertThat(Role.parse("local_expert")).contains(Role.LOCAL_EXPERT);
    assertThat(Role.parse(" Local-Expert ")).contains(Role.LOCAL_EXPERT);
    assertThat(Role.parse("anonymous")).isEmpty();
    assertThat(RequestAction.APPROVE.roleFor(RequestTarget.LOCAL)).isEqualTo(Role.LOCAL_EXPERT);
    assertThat(RequestAction.ASSIGN.roleFor(RequestTarget.LOCAL)).isEqualTo(Role.ADMIN);
    assertThat(RequestAction.APPROVE.roleFor(RequestTarget.IANA)).isEqualTo(Role.EXPERT);
  }
}
