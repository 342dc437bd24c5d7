package org.portreg.workflow;

import java.time.Instant;
import java.util.Objects;
import org.portreg.error.InvalidInputException;

/**
 * A comment on a proposed revocation, public and never changed. Immutable.
 *
 * @param id the comment's number
 * @param proposalId the proposal it is on
 * @param author the username of who wrote it
 * @param at when it was written
 * @param text what it says: plain text, 1 to {@link #MAX_LENGTH} characters, line breaks kept
 */
public record RevocationComment(long id, long proposalId, String author, Instant at, String text) {
  /** The longest comment, in characters (UTF-16 units, as a form field's {@code maxlength}). */
  public static final int MAX_LENGTH = 4000;

  /** The most comments one proposal takes, so that its page stays bounded. */
  public static final int MAX_PER_PROPOSAL = 500;

  /** Checks no component is null. */
  public RevocationComment {
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(text, "text");
  }

  /**
   * {@code text} as a comment keeps it: without leading and trailing white space, line breaks as
   * {@code \n}.
   *
   * @throws InvalidInputException when it is empty, longer than {@link #MAX_LENGTH} or holds
   *     control characters other than line breaks and tabs
   */
  public static String checkText(String text) {
    String kept = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    if (kept.isEmpty() || kept.length() > MAX_LENGTH) {
      throw new InvalidInputException(
          "text: a comment has 1 to " + MAX_LENGTH + " characters, was " + kept.length());
    }
    if (kept.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
      throw new InvalidInputException("text: a comment may not hold control characters");
    }
    return kept;
  }
}
