package org.portreg.lint.manifest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.portreg.rules.ServiceNames;

/**
 * Suggests the IANA service name a misspelt one meant: the name at the smallest edit distance (at
 * most 2, on names folded to lower case without hyphens), each answer computed once. Thread-safe.
 */
final class ServiceNameSuggestions {
  private static final int LIMIT = 2;
  private final Supplier<List<String>> source;
  private final Map<String, String> answered = new ConcurrentHashMap<>();
  private volatile List<String> names;

  /** Reads the names from {@code source} when the first suggestion is asked for. */
  private ServiceNameSuggestions(Supplier<List<String>> source) {
    this.source = source;
  }

  private List<String> names() {
    List<String> read = names;
    if (read == null) {
      synchronized (this) {
        if (names == null) {
          names = source.get();
        }
        read = names;
      }
    }
    return read;
  }

  /** Suggestions from the valid service names of {@code registry}, or none without one. */
  static ServiceNameSuggestions of(Optional<ManifestRegistry> registry) {
    return new ServiceNameSuggestions(
        () -> registry.map(ManifestRegistry::validNames).orElse(List.of()));
  }

  /** {@code "; did you mean 'x'?"}, or a plain request to use an IANA name when none is close. */
  String suggestion(String text) {
    return answered.computeIfAbsent(text, this::closest);
  }

  private String closest(String text) {
    String wanted = skeleton(text);
    String best = null;
    int bestDistance = LIMIT + 1;
    for (String name : names()) {
      String candidate = skeleton(name);
      if (Math.abs(candidate.length() - wanted.length()) < bestDistance) {
        int d = distance(wanted, candidate, bestDistance);
        if (d < bestDistance) {
          bestDistance = d;
          best = name;
        }
      }
    }
    return best == null
        ? "; use an IANA service name or prefix it with your domain"
        : "; did you mean '" + best + "'?";
  }

  /** A hint at a valid spelling of a bad port name, or nothing when none is obvious. */
  static String renaming(String name) {
    StringBuilder fixed = new StringBuilder();
    for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
      boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      char next = keep ? c : '-';
      if (next != '-' || (fixed.length() > 0 && fixed.charAt(fixed.length() - 1) != '-')) {
        fixed.append(next);
      }
    }
    String result = fixed.length() > 15 ? fixed.substring(0, 15) : fixed.toString();
    while (result.endsWith("-")) {
      result = result.substring(0, result.length() - 1);
    }
    return ServiceNames.isValid(result) ? ", such as '" + result + "'" : "";
  }

  private static String skeleton(String name) {
    return name.toLowerCase(Locale.ROOT).replace("-", "");
  }

  /** Levenshtein distance, or {@code limit} when it is at least that. */
  private static int distance(String a, String b, int limit) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1], previous[j]) + 1, previous[j - 1] + cost);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin >= limit) {
        return limit;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(previous[b.length()], limit);
  }
}
