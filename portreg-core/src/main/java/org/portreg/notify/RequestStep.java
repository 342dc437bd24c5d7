package org.portreg.notify;

import java.util.Objects;
import java.util.Optional;
import org.portreg.workflow.RegistryChange;
import org.portreg.workflow.RequestAction;
import org.portreg.workflow.RequestState;
import org.portreg.workflow.StoredRequest;

/**
 * One step a request took.
 *
 * @param request the request after the step
 * @param action what was done ({@link RequestAction#CHECK} for the automatic check on submission)
 * @param to the state the request moved to
 * @param reason the actor's reason
 * @param change for an assignment, what the registry got
 */
public record RequestStep(
    StoredRequest request,
    RequestAction action,
    RequestState to,
    String reason,
    Optional<RegistryChange> change) {
  /** Checks no component is null. */
  public RequestStep {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(change, "change");
  }
}
