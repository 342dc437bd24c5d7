package org.portreg.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.portreg.local.LocalAssignment;
import org.portreg.local.LocalRequests;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;
import org.portreg.workflow.RequestAction;
import org.portreg.workflow.RequestState;
import org.portreg.workflow.Role;
import org.portreg.workflow.StoredRequest;

/**
 * The messages of a local request: its queue is the local experts', its assignment names the entry.
 */
class LocalNoticesTest {
  private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
  private static final Member ANN = NoticesTest.member("ann", Set.of(Role.APPLICANT), Set.of());
  private static final Member EVE =
      NoticesTest.member("eve", Set.of(Role.EXPERT), Set.of(Transport.TCP, Transport.UDP));
  private static final Member LOU = NoticesTest.member("lou", Set.of(Role.LOCAL_EXPERT), Set.of());
  private static final Member ADA = NoticesTest.member("ada", Set.of(Role.ADMIN), Set.of());
  private static final List<Member> EVERYONE = List.of(ANN, EVE, LOU, ADA);

  private static StoredRequest local(RequestState state, Optional<String> outcome) {
    LocalAssignment entry =
        LocalAssignment.of(
            "orders", Optional.of(PortRange.of(31000)), Set.of(Transport.TCP), "shop");
    return new StoredRequest(
        12,
        LocalRequests.summary(entry),
        state,
        "ann",
        NOW,
        NOW,
        outcome,
        Optional.of(LocalRequests.json(entry)));
  }

  private static List<String> sent(RequestAction action, RequestState to, StoredRequest r) {
    return Notices.forStep(new RequestStep(r, action, to, "why", Optional.empty()), EVERYONE)
        .stream()
        .map(m -> m.to() + ": " + m.subject().replace("[portreg] Request #12 (orders): ", ""))
        .toList();
  }

  @Test
  void theLocalExpertsAreTheQueuesRecipients() {
    StoredRequest checked = local(RequestState.CHECKED, Optional.empty());

    assertThat(sent(RequestAction.CHECK, RequestState.CHECKED, checked))
        .containsExactly("ann@example.org: checked", "lou@example.org: in your queue");
    assertThat(sent(RequestAction.PROVIDE_INFORMATION, RequestState.EXPERT_REVIEW, checked))
        .containsExactly("lou@example.org: information provided");
    assertThat(sent(RequestAction.APPROVE, RequestState.APPROVED, checked))
        .containsExactly("ann@example.org: approved", "ada@example.org: waits for assignment");
  }

  @Test
  void theAssignmentNamesTheLocalEntry() {
    StoredRequest assigned =
        local(RequestState.ASSIGNED, Optional.of("LOCAL_ADD 'orders' 31000/tcp, owner shop"));
    Message m =
        Notices.forStep(
                new RequestStep(
                    assigned, RequestAction.ASSIGN, RequestState.ASSIGNED, "ok", Optional.empty()),
                EVERYONE)
            .get(0);

    assertThat(m.to()).isEqualTo("ann@example.org");
    assertThat(m.text())
        .contains("The local registry now holds:", "LOCAL_ADD 'orders' 31000/tcp, owner shop");
  }
}
