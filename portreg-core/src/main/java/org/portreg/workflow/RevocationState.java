package org.portreg.workflow;

import java.util.Locale;
import org.portreg.error.InvalidInputException;

/** Where a proposed revocation (RFC 6335 §8.4) stands. */
public enum RevocationState {
  /** Proposed: its public comment period runs, or has ended and the revocation may go ahead. */
  OPEN,
  /** An administrator withdrew the proposal; the assignment stays. */
  WITHDRAWN,
  /** The assignment was revoked after the comment period. */
  REVOKED;

  /** The word stored and shown: {@code open}, {@code withdrawn}, {@code revoked}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The state named {@code word}, in any case.
   *
   * @throws InvalidInputException naming the words it takes
   */
  public static RevocationState parse(String word) {
    for (RevocationState s : values()) {
      if (s.word().equalsIgnoreCase(word.strip())) {
        return s;
      }
    }
    throw new InvalidInputException(
        "state must be one of open, withdrawn, revoked, was '" + word + "'");
  }
}
