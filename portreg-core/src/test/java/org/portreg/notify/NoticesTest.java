package org.portreg.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.portreg.error.InvalidInputException;
import org.portreg.model.PartialDate;
import org.portreg.model.Person;
import org.portreg.model.PortRange;
import org.portreg.model.Registry;
import org.portreg.model.RegistryHeader;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;
import org.portreg.workflow.AssignmentRequest;
import org.portreg.workflow.Contact;
import org.portreg.workflow.Lifecycle;
import org.portreg.workflow.Modification;
import org.portreg.workflow.RegistryChange;
import org.portreg.workflow.RequestAction;
import org.portreg.workflow.RequestState;
import org.portreg.workflow.RevocationProposal;
import org.portreg.workflow.RevocationState;
import org.portreg.workflow.Role;
import org.portreg.workflow.StoredRequest;
import org.portreg.workflow.User;

class NoticesTest {
  private static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final Member ANN = member("ann", Set.of(Role.APPLICANT), Set.of());
  private static final Member EVE =
      member("eve", Set.of(Role.EXPERT), Set.of(Transport.TCP, Transport.UDP));
  private static final Member SAM = member("sam", Set.of(Role.EXPERT), Set.of(Transport.SCTP));
  private static final Member ADA = member("ada", Set.of(Role.ADMIN), Set.of());
  private static final List<Member> EVERYONE = List.of(ANN, EVE, SAM, ADA);

  static Member member(String name, Set<Role> roles, Set<Transport> expertFor) {
    return member(name, roles, expertFor, NotifyPreference.ALL);
  }

  static Member member(
      String name, Set<Role> roles, Set<Transport> expertFor, NotifyPreference preference) {
    User user = new User(1, name, name, name + "@example.org", roles, expertFor, true, NOW);
    return new Member(user, preference);
  }

  static StoredRequest request(String name) {
    AssignmentRequest request =
        AssignmentRequest.builder()
            .serviceName(name)
            .transports(Transport.TCP)
            .assignee(Contact.of("Ann_Example", "Ann Example", "ann@example.org"))
            .contact(Contact.of("Ann_Example", "Ann Example", "ann@example.org"))
            .description("Test <b>service</b>")
            .references(Xref.of(XrefType.URI, "https://example.org/spec"))
            .port(4711)
            .build();
    return new StoredRequest(12, request, RequestState.CHECKED, "ann", NOW, NOW, Optional.empty());
  }

  static Stream<Arguments> steps() {
    return Stream.of(
        Arguments.of(
            RequestAction.CHECK,
            RequestState.CHECKED,
            List.of("ann@example.org: checked", "eve@example.org: in your queue")),
        Arguments.of(RequestAction.START_REVIEW, RequestState.EXPERT_REVIEW, List.of()),
        Arguments.of(
            RequestAction.ASK_INFORMATION,
            RequestState.NEEDS_INFORMATION,
            List.of("ann@example.org: information asked for")),
        Arguments.of(
            RequestAction.PROVIDE_INFORMATION,
            RequestState.EXPERT_REVIEW,
            List.of("eve@example.org: information provided")),
        Arguments.of(
            RequestAction.APPROVE,
            RequestState.APPROVED,
            List.of("ann@example.org: approved", "ada@example.org: waits for assignment")),
        Arguments.of(
            RequestAction.APPROVE,
            RequestState.AWAITING_IETF_APPROVAL,
            List.of(
                "ann@example.org: approved, awaiting IETF approval",
                "ada@example.org: waits for IETF approval")),
        Arguments.of(
            RequestAction.RECORD_APPROVAL,
            RequestState.APPROVED,
            List.of(
                "ann@example.org: IETF approval recorded",
                "ada@example.org: waits for assignment")),
        Arguments.of(
            RequestAction.REJECT, RequestState.REJECTED, List.of("ann@example.org: rejected")),
        Arguments.of(
            RequestAction.ASSIGN, RequestState.ASSIGNED, List.of("ann@example.org: assigned")),
        Arguments.of(
            RequestAction.WITHDRAW, RequestState.WITHDRAWN, List.of("ann@example.org: withdrawn")));
  }

  @ParameterizedTest
  @MethodSource("steps")
  void eachStepReachesItsRecipients(RequestAction action, RequestState to, List<String> expected) {
    RequestStep step = new RequestStep(request("foo"), action, to, "why", Optional.empty());
    assertThat(Notices.forStep(step, EVERYONE))
        .extracting(m -> m.to() + ": " + m.subject().replace("[portreg] Request #12 (foo): ", ""))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void preferencesFilterWhatArrives() {
    Member annDecisions =
        member("ann", Set.of(Role.APPLICANT), Set.of(), NotifyPreference.DECISIONS);
    Member adaNone = member("ada", Set.of(Role.ADMIN), Set.of(), NotifyPreference.NONE);
    List<Member> members = List.of(annDecisions, EVE, adaNone);
    RequestStep checked =
        new RequestStep(
            request("foo"), RequestAction.CHECK, RequestState.CHECKED, "ok", Optional.empty());
    RequestStep approved =
        new RequestStep(
            request("foo"), RequestAction.APPROVE, RequestState.APPROVED, "ok", Optional.empty());
    assertThat(Notices.forStep(checked, members))
        .extracting(Message::to)
        .containsExactly("eve@example.org");
    assertThat(Notices.forStep(approved, members))
        .extracting(Message::to)
        .containsExactly("ann@example.org");
  }

  @Test
  void messagesCarryTheReasonTheLinkAndEscapedHtml() {
    RequestStep step =
        new RequestStep(
            request("foo"),
            RequestAction.REJECT,
            RequestState.REJECTED,
            "<script>x</script> & co",
            Optional.empty());
    Message m = Notices.forStep(step, EVERYONE).get(0).withBase("https://ports.example/");
    assertThat(m.subject()).isEqualTo("[portreg] Request #12 (foo): rejected");
    assertThat(m.text())
        .contains("Reason: <script>x</script> & co", "https://ports.example/requests/12");
    assertThat(m.html())
        .contains("Reason: &lt;script&gt;x&lt;/script&gt; &amp; co")
        .contains("<a href=\"https://ports.example/requests/12\">")
        .doesNotContain("<script>");
  }

  @Test
  void anAssignmentListsTheNewRecords() {
    RegistryChange change = Lifecycle.assign(registry(), request("newsvc").request(), CLOCK);
    RequestStep step =
        new RequestStep(
            request("newsvc"),
            RequestAction.ASSIGN,
            RequestState.ASSIGNED,
            "ok",
            Optional.of(change));
    Message m = Notices.forStep(step, EVERYONE).get(0);
    assertThat(m.text()).contains("  newsvc 4711/tcp\n");
    assertThat(m.html()).contains("<li>newsvc 4711/tcp</li>");
  }

  @Test
  void theAssigneeHearsOfAChangeUnlessTheyWantNothing() {
    RegistryChange change =
        Lifecycle.modify(registry(), "echo", Modification.ofDescription("Echo v2"), CLOCK);
    List<Message> sent = Notices.forChange(change, "echo", "asked by the assignee", EVERYONE);
    assertThat(sent).extracting(Message::to).containsExactly("Jon_Postel@example.org");
    assertThat(sent.get(0).subject()).isEqualTo("[portreg] Assignment 'echo': modify");
    assertThat(sent.get(0).text()).contains("echo 7/tcp", Message.BASE + "/service/echo");
    Member jonNone =
        new Member(
            new User(
                9,
                "jon",
                "Jon",
                "jon_postel@example.org",
                Set.of(Role.APPLICANT),
                Set.of(),
                true,
                NOW),
            NotifyPreference.NONE);
    assertThat(Notices.forChange(change, "echo", "x", List.of(jonNone))).isEmpty();
    RegistryChange deassigned = Lifecycle.deassign(registry(), "echo", Optional.empty(), CLOCK);
    assertThat(Notices.forChange(deassigned, "echo", "x", List.of()))
        .extracting(Message::subject)
        .containsExactly("[portreg] Assignment 'echo': deassign");
  }

  static Stream<Arguments> revocations() {
    RevocationProposal.Closure closure =
        new RevocationProposal.Closure("ada", NOW, "the assignee answered");
    return Stream.of(
        Arguments.of(
            proposal(RevocationState.OPEN, Optional.empty()),
            "proposed for revocation",
            List.of(
                "is proposed for revocation (RFC 6335 section 8.4) by ada, proposal #5",
                "until the comment period ends on 2026-10-01",
                "Reason: no answer since 2020")),
        Arguments.of(
            proposal(RevocationState.WITHDRAWN, Optional.of(closure)),
            "revocation withdrawn",
            List.of("The proposal #5 to revoke", "Reason: the assignee answered")),
        Arguments.of(proposal(RevocationState.REVOKED, Optional.of(closure)), null, List.of()));
  }

  static RevocationProposal proposal(
      RevocationState state, Optional<RevocationProposal.Closure> closure) {
    return new RevocationProposal(
        5,
        "echo",
        "echo 7/tcp",
        "no answer since 2020",
        "ada",
        NOW,
        LocalDate.of(2026, 10, 1),
        state,
        closure,
        0);
  }

  @ParameterizedTest
  @MethodSource("revocations")
  void theAssigneeHearsWhenARevocationIsProposedOrWithdrawn(
      RevocationProposal proposal, String subject, List<String> says) {
    List<Message> sent = Notices.forRevocation(proposal, registry(), EVERYONE);
    if (subject == null) {
      assertThat(sent).isEmpty();
      return;
    }
    assertThat(sent)
        .extracting(m -> m.to() + " " + m.subject())
        .containsExactly("Jon_Postel@example.org [portreg] Assignment 'echo': " + subject);
    assertThat(sent.get(0).text())
        .contains(says)
        .contains("  echo 7/tcp\n", Message.BASE + "/revocations/5");
  }

  @Test
  void aRevocationNoticeHonoursPreferencesAndAGoneService() {
    RevocationProposal open = proposal(RevocationState.OPEN, Optional.empty());
    Member jonNone =
        new Member(
            new User(9, "jon", "Jon", "JON_POSTEL@example.org", Set.of(), Set.of(), true, NOW),
            NotifyPreference.NONE);
    Member jonDecisions = new Member(jonNone.user(), NotifyPreference.DECISIONS);
    assertThat(Notices.forRevocation(open, registry(), List.of(jonNone))).isEmpty();
    assertThat(Notices.forRevocation(open, registry(), List.of(jonDecisions))).hasSize(1);
    Registry without = Lifecycle.deassign(registry(), "echo", Optional.empty(), CLOCK).registry();
    assertThat(Notices.forRevocation(open, without, EVERYONE)).isEmpty();
  }

  @Test
  void preferencesParseTheirWordsOnly() {
    assertThat(NotifyPreference.parse(" Decisions ")).isEqualTo(NotifyPreference.DECISIONS);
    assertThat(NotifyPreference.ALL.word()).isEqualTo("all");
    assertThatThrownBy(() -> NotifyPreference.parse("some"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("notify must be one of all, decisions, none, was 'some'");
  }

  @Test
  void aMessageRefusesABadAddressAndAMultiLineSubject() {
    assertThatThrownBy(() -> new Message("nobody", "s", "t", "h"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Message("a@b", "s\r\nBcc: x@y", "t", "h"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Registry registry() {
    ServiceRecord echo =
        ServiceRecord.builder()
            .name("echo")
            .protocol(Transport.TCP)
            .number(PortRange.of(7))
            .description("Echo")
            .addXref(Xref.person("Jon_Postel"))
            .build();
    ServiceRecord free =
        ServiceRecord.builder().number(PortRange.of(1024, 49151)).description("Unassigned").build();
    Person jon =
        new Person(
            "Jon_Postel",
            Optional.of("Jon Postel"),
            Optional.empty(),
            Optional.of("mailto:Jon_Postel&example.org"),
            Optional.empty());
    RegistryHeader header =
        new RegistryHeader(
            "service-names-port-numbers",
            "Service Name and Transport Protocol Port Number Registry",
            "Service Names and Transport Protocol Port Numbers",
            PartialDate.parse("2026-08-17"),
            List.of(Xref.of(XrefType.RFC, "rfc6335")),
            List.of("TCP/UDP: Joe Touch"),
            List.of());
    return new Registry(header, List.of(echo, free), List.of(), List.of(jon));
  }
}
