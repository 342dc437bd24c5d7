package org.portreg.reconcile;

/** How an excerpt row or contact compares with the registry. */
public enum MatchStatus {
  /** Found, and every field the excerpt shows agrees. */
  AGREES,
  /** Found, but some fields differ. */
  DIFFERS,
  /** No record (or person) of the registry fits. */
  NOT_FOUND
}
