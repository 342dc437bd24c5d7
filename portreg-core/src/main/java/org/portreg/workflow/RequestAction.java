package org.portreg.workflow;

import java.util.EnumSet;
import java.util.Set;

/** What an actor does to a request, the role allowed to do it and the states it applies in. */
public enum RequestAction {
  /** An administrator checked the request: SUBMITTED → CHECKED. */
  CHECK(Role.ADMIN, EnumSet.of(RequestState.SUBMITTED)),
  /** An expert for the request's transports takes it: CHECKED → EXPERT_REVIEW. */
  START_REVIEW(Role.EXPERT, EnumSet.of(RequestState.CHECKED)),
  /** The expert asks for information: EXPERT_REVIEW → NEEDS_INFORMATION. */
  ASK_INFORMATION(Role.EXPERT, EnumSet.of(RequestState.EXPERT_REVIEW)),
  /** The applicant answers: NEEDS_INFORMATION → EXPERT_REVIEW. */
  PROVIDE_INFORMATION(Role.APPLICANT, EnumSet.of(RequestState.NEEDS_INFORMATION)),
  /** The expert approves: EXPERT_REVIEW → APPROVED, or AWAITING_IETF_APPROVAL for a System port. */
  APPROVE(Role.EXPERT, EnumSet.of(RequestState.EXPERT_REVIEW)),
  /** The expert rejects: EXPERT_REVIEW → REJECTED. */
  REJECT(Role.EXPERT, EnumSet.of(RequestState.EXPERT_REVIEW)),
  /**
   * An administrator records the IETF Review or IESG Approval reference the request now carries:
   * AWAITING_IETF_APPROVAL → APPROVED.
   */
  RECORD_APPROVAL(Role.ADMIN, EnumSet.of(RequestState.AWAITING_IETF_APPROVAL)),
  /** An administrator assigns: APPROVED → ASSIGNED (with {@link Lifecycle#assign}). */
  ASSIGN(Role.ADMIN, EnumSet.of(RequestState.APPROVED)),
  /** The applicant withdraws: any state that is not final → WITHDRAWN. */
  WITHDRAW(
      Role.APPLICANT,
      EnumSet.of(
          RequestState.SUBMITTED,
          RequestState.CHECKED,
          RequestState.EXPERT_REVIEW,
          RequestState.NEEDS_INFORMATION,
          RequestState.AWAITING_IETF_APPROVAL,
          RequestState.APPROVED));

  private final Role role;
  private final Set<RequestState> from;

  RequestAction(Role role, Set<RequestState> from) {
    this.role = role;
    this.from = Set.copyOf(from);
  }

  /** The role allowed to take this action on a request to IANA. */
  public Role role() {
    return role;
  }

  /**
   * The role allowed to take this action on a request for {@code target}: the expert's actions on a
   * local request are the local experts' ({@link Role#LOCAL_EXPERT}); every other action keeps its
   * role.
   */
  public Role roleFor(RequestTarget target) {
    return role == Role.EXPERT && target == RequestTarget.LOCAL ? Role.LOCAL_EXPERT : role;
  }

  /** The states this action applies in. */
  public Set<RequestState> from() {
    return from;
  }
}
