package org.portreg.workflow;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One step in a request's history: its submission or a decision on it. Public: it names the actor's
 * username and role, never contact data.
 *
 * @param requestId the request
 * @param action {@code SUBMIT} or the name of a {@link org.portreg.workflow.RequestAction}
 * @param actor the username of who acted ({@code portreg} for the automatic check)
 * @param role the role the actor acted in
 * @param from the state before; empty for the submission
 * @param to the state after
 * @param reason the reason given
 * @param at when it happened
 */
public record RequestEvent(
    long requestId,
    String action,
    String actor,
    String role,
    Optional<RequestState> from,
    RequestState to,
    String reason,
    Instant at) {
  /** Checks no component is null. */
  public RequestEvent {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
  }
}
