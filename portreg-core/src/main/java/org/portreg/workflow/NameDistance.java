package org.portreg.workflow;

/**
 * How close two case-folded service names are: the Damerau-Levenshtein distance (optimal string
 * alignment: insertions, deletions, substitutions, transpositions of neighbours), and the skeleton
 * of a name without hyphens and digits, so that {@code foo-bar}, {@code foobar} and {@code foo2}
 * meet.
 */
final class NameDistance {
  private NameDistance() {}

  /** Whether the two names are within {@code limit} edits or share a non-empty skeleton. */
  static boolean isSimilar(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) <= limit && distance(a, b) <= limit) {
      return true;
    }
    String skeleton = skeleton(a);
    return !skeleton.isEmpty() && skeleton.equals(skeleton(b));
  }

  /** The name without hyphens and digits. */
  static String skeleton(String name) {
    return name.replaceAll("[-0-9]", "");
  }

  /** The optimal-string-alignment distance between {@code a} and {@code b}. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        d[i][j] = cell(d, a, b, i, j);
      }
    }
    return d[a.length()][b.length()];
  }

  private static int cell(int[][] d, String a, String b, int i, int j) {
    int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
    int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
    if (i > 1
        && j > 1
        && a.charAt(i - 1) == b.charAt(j - 2)
        && a.charAt(i - 2) == b.charAt(j - 1)) {
      best = Math.min(best, d[i - 2][j - 2] + 1);
    }
    return best;
  }
}
