package org.portreg.search;

/**
 * A glob where {@code *} stands for any run of characters and every other character for itself,
 * compared case-insensitively. Matching walks the text once per star at most (the classic two
 * pointers with a return to the last star), so it takes at most (text + 1) × (pattern + 1) steps
 * and never backtracks exponentially as a regular expression can. Immutable and thread-safe.
 */
final class Glob {
  private final String pattern;

  private Glob(String pattern) {
    this.pattern = pattern;
  }

  /** The glob for {@code pattern}; runs of stars count as one. */
  static Glob of(String pattern) {
    StringBuilder collapsed = new StringBuilder(pattern.length());
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c != '*' || collapsed.length() == 0 || collapsed.charAt(collapsed.length() - 1) != '*') {
        collapsed.append(c);
      }
    }
    return new Glob(collapsed.toString());
  }

  /** Whether the whole of {@code text} matches. */
  boolean matches(String text) {
    return run(text).matched();
  }

  /** The outcome of one match and how many character comparisons and star returns it took. */
  record Run(boolean matched, long steps) {}

  /** Matches {@code text}, counting steps (for tests of the bound). */
  Run run(String text) {
    int p = 0;
    int t = 0;
    int star = -1;
    int mark = 0;
    long steps = 0;
    while (t < text.length()) {
      steps++;
      if (p < pattern.length() && pattern.charAt(p) == '*') {
        star = p++;
        mark = t;
      } else if (p < pattern.length() && sameIgnoringCase(pattern.charAt(p), text.charAt(t))) {
        p++;
        t++;
      } else if (star >= 0) {
        p = star + 1;
        t = ++mark;
      } else {
        return new Run(false, steps);
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return new Run(p == pattern.length(), steps);
  }

  private static boolean sameIgnoringCase(char a, char b) {
    return a == b
        || Character.toUpperCase(a) == Character.toUpperCase(b)
        || Character.toLowerCase(a) == Character.toLowerCase(b);
  }

  @Override
  public String toString() {
    return pattern;
  }
}
