package org.portreg.workflow;

/**
 * The states of a request (DESIGN §6): submitted → checked → expert review (approve / reject /
 * needs information) → for System ports an IETF Review or IESG Approval reference → approved →
 * assigned; or withdrawn by the applicant before it is assigned.
 */
public enum RequestState {
  /** Received, not yet checked. */
  SUBMITTED,
  /** Checked by an administrator against the template and the registry. */
  CHECKED,
  /** With an expert. */
  EXPERT_REVIEW,
  /** The expert asked the applicant for more information. */
  NEEDS_INFORMATION,
  /**
   * Approved by the expert; a System port still needs an IETF Review or IESG Approval reference.
   */
  AWAITING_IETF_APPROVAL,
  /** Approved; ready to be assigned. */
  APPROVED,
  /** Assigned: the registry has the records. Final. */
  ASSIGNED,
  /** Rejected by the expert. Final. */
  REJECTED,
  /** Withdrawn by the applicant. Final. */
  WITHDRAWN;

  /** Whether no action leaves this state. */
  public boolean isFinal() {
    return this == ASSIGNED || this == REJECTED || this == WITHDRAWN;
  }
}
