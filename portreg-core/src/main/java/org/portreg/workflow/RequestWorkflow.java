package org.portreg.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.portreg.model.Transport;

/**
 * The request state machine (DESIGN §6) as a pure function: from a state, an action, an actor and
 * the facts of the request, the next state or the reason it is refused. Each action is allowed to
 * exactly one role ({@link RequestAction#roleFor}); an expert acts only on requests whose
 * transports all lie within their own, a local expert on local requests of any transport.
 * Thread-safe, stateless.
 */
public final class RequestWorkflow {
  private RequestWorkflow() {}

  /**
   * What the workflow needs to know of a request.
   *
   * @param transports the requested transports
   * @param systemPort whether a System port is asked for
   * @param hasApprovalReference whether the request carries an IETF Review or IESG Approval
   *     reference
   * @param target which registry the request is for: the expert's actions on a local request are
   *     the local experts' ({@link RequestAction#roleFor})
   */
  public record Facts(
      Set<Transport> transports,
      boolean systemPort,
      boolean hasApprovalReference,
      RequestTarget target) {
    /** Copies the transports. */
    public Facts {
      transports = Set.copyOf(transports);
      Objects.requireNonNull(target, "target");
    }

    /** The facts of a request to IANA. */
    public Facts(Set<Transport> transports, boolean systemPort, boolean hasApprovalReference) {
      this(transports, systemPort, hasApprovalReference, RequestTarget.IANA);
    }

    /** The facts of {@code request}, a request to IANA. */
    public static Facts of(AssignmentRequest request) {
      return new Facts(
          request.transports(),
          Procedures.needsIetfOrIesg(request),
          Procedures.hasApprovalReference(request));
    }

    /**
     * The facts of a stored request. A local request never needs an IETF approval: the
     * organisation's own registry has no System ports to guard.
     */
    public static Facts of(StoredRequest stored) {
      return stored.isLocal()
          ? new Facts(stored.request().transports(), false, false, RequestTarget.LOCAL)
          : of(stored.request());
    }
  }

  /** The state {@code action} leads to, or why it is refused. */
  public static Transition transition(
      RequestState from, RequestAction action, Actor actor, Facts facts) {
    Objects.requireNonNull(from, "from");
    String refusal = refusal(from, action, actor, facts);
    return refusal != null
        ? new Transition.Refused(refusal)
        : new Transition.Moved(from, to(action, facts));
  }

  /** The actions {@code actor} may take from {@code from}. */
  public static List<RequestAction> allowedActions(RequestState from, Actor actor, Facts facts) {
    return Arrays.stream(RequestAction.values())
        .filter(a -> transition(from, a, actor, facts).isAllowed())
        .toList();
  }

  private static String refusal(RequestState from, RequestAction action, Actor actor, Facts facts) {
    if (from.isFinal()) {
      return "request is " + from + ", a final state: " + action + " no longer applies";
    }
    if (!action.from().contains(from)) {
      return action + " is not allowed in state " + from + " (only in " + action.from() + ")";
    }
    Role role = action.roleFor(facts.target());
    if (actor.role() != role) {
      return action + " needs the role " + role + ", was " + actor.role();
    }
    if (actor.role() == Role.EXPERT && !actor.reviewsAll(facts.transports())) {
      return "an expert for "
          + actor.expertFor()
          + " may not act on a request for "
          + facts.transports();
    }
    if (action == RequestAction.RECORD_APPROVAL && !facts.hasApprovalReference()) {
      return "RECORD_APPROVAL needs an RFC or IESG-approval reference on the request, it has none";
    }
    return null;
  }

  private static RequestState to(RequestAction action, Facts facts) {
    return switch (action) {
      case CHECK -> RequestState.CHECKED;
      case START_REVIEW, PROVIDE_INFORMATION -> RequestState.EXPERT_REVIEW;
      case ASK_INFORMATION -> RequestState.NEEDS_INFORMATION;
      case APPROVE ->
          facts.systemPort() ? RequestState.AWAITING_IETF_APPROVAL : RequestState.APPROVED;
      case REJECT -> RequestState.REJECTED;
      case RECORD_APPROVAL -> RequestState.APPROVED;
      case ASSIGN -> RequestState.ASSIGNED;
      case WITHDRAW -> RequestState.WITHDRAWN;
    };
  }
}
