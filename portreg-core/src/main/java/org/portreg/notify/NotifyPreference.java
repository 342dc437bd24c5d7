package org.portreg.notify;

import java.util.Locale;
import org.portreg.error.InvalidInputException;

/** What a user wants to hear by e-mail. */
public enum NotifyPreference {
  /** Every message: each state change, queue and assignment notices. */
  ALL,
  /** Decisions only: approved, rejected, assigned, information asked for, changed assignments. */
  DECISIONS,
  /** Nothing. */
  NONE;

  /** Whether a message of this weight reaches a user with this preference. */
  public boolean wants(boolean decision) {
    return this == ALL || (this == DECISIONS && decision);
  }

  /** The lower-case word, as the CLI and API spell it. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The preference named {@code word} ({@code all}, {@code decisions}, {@code none}), in any case.
   *
   * @throws InvalidInputException for another word
   */
  public static NotifyPreference parse(String word) {
    for (NotifyPreference p : values()) {
      if (p.word().equals(word.strip().toLowerCase(Locale.ROOT))) {
        return p;
      }
    }
    throw new InvalidInputException(
        "notify must be one of all, decisions, none, was '" + word + "'");
  }
}
