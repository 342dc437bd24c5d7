package org.portreg.workflow;

/** Who acts on a request (DESIGN §6). */
public enum Role {
  /** Anyone: reads the registry and a request's public status; changes nothing. */
  ANONYMOUS,
  /** The person who submitted the request: follows it, answers questions, withdraws it. */
  APPLICANT,
  /** A designated expert, for some transports: reviews requests for those transports. */
  EXPERT,
  /** A registry administrator: checks requests, records IETF approvals, assigns. */
  ADMIN
}
