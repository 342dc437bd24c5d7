package org.portreg.rules;

/** The registration procedures of RFC 8126 that RFC 6335 uses. */
public enum Procedure {
  /** IETF Review: an RFC through the IETF. */
  IETF_REVIEW,
  /** IESG Approval. */
  IESG_APPROVAL,
  /** Expert Review by the designated experts. */
  EXPERT_REVIEW,
  /** First Come First Served: service names without ports. */
  FIRST_COME_FIRST_SERVED
}
