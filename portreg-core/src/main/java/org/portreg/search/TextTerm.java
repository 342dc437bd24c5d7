package org.portreg.search;

import java.util.Locale;

/**
 * A term of the registry's own search: a bare word matches as a case-insensitive substring of any
 * field; a quoted one matches whole words only, a word being bounded by anything that is not a
 * letter or a digit.
 */
record TextTerm(String needle, boolean wholeWord) implements Term {
  TextTerm {
    needle = needle.toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean matches(Candidate row) {
    return indexIn(row.haystack(), 0, row.haystack().length()) >= 0;
  }

  @Override
  public boolean isText() {
    return true;
  }

  /** The first match in {@code text} starting at or after {@code from}, or -1. */
  int indexIn(String text, int from, int end) {
    int at = text.indexOf(needle, from);
    while (at >= 0 && at + needle.length() <= end) {
      if (!wholeWord || isWordAt(text, at)) {
        return at;
      }
      at = text.indexOf(needle, at + 1);
    }
    return -1;
  }

  private boolean isWordAt(String text, int at) {
    int after = at + needle.length();
    return (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
        && (after == text.length() || !Character.isLetterOrDigit(text.charAt(after)));
  }
}
