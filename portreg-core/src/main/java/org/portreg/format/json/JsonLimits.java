package org.portreg.format.json;

import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * Says which of Jackson's reading limits a document passed, in our words: Jackson's own message
 * names its internals ({@code StreamReadConstraints.getMaxNestingDepth()}), which a user of the
 * command line or the API should never see (issue 14). Stateless.
 */
public final class JsonLimits {
  private JsonLimits() {}

  /**
   * The limit a {@code StreamConstraintsException} with {@code message} reports, under {@code
   * limits}: nesting depth, string length or number length.
   */
  public static String exceeded(String message, StreamReadConstraints limits) {
    if (message != null && message.contains("nesting depth")) {
      return "nesting deeper than " + limits.getMaxNestingDepth() + " levels";
    }
    if (message != null && message.contains("String value length")) {
      return "a string longer than " + limits.getMaxStringLength() + " characters";
    }
    return "a number longer than " + limits.getMaxNumberLength() + " digits";
  }
}
