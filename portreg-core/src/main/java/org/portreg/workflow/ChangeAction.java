package org.portreg.workflow;

/** What a lifecycle operation did, as the audit log records it (RFC 6335 §8). */
public enum ChangeAction {
  /** §8.1: new records for a request. */
  ASSIGN,
  /** §8.6: contact, description or reference changed. */
  MODIFY,
  /** §8.2: records became Reserved at the assignee's request. */
  DEASSIGN,
  /** §8.3: a Reserved port assigned again. */
  REUSE,
  /** §8.4: records became Reserved after a public call for comments. */
  REVOKE,
  /** §8.5: the assignment moved to a new assignee. */
  TRANSFER
}
