package org.portreg.search;

/** One term of a query; a row matches a query when it matches every term. */
interface Term {
  /** Whether the row matches this term. */
  boolean matches(Candidate row);

  /** Whether rows synthesized for ports without a record could match (see status terms). */
  default boolean admitsUnassigned() {
    return true;
  }

  /** Whether this term looks at the text fields only (the registry's own terms). */
  default boolean isText() {
    return false;
  }
}
