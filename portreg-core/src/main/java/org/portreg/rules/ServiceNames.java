package org.portreg.rules;

import java.util.Locale;
import java.util.Optional;

/** The service-name syntax of RFC 6335 §5.1 and the comparison of names. Thread-safe, stateless. */
public final class ServiceNames {
  /** The longest valid service name. */
  public static final int MAX_LENGTH = 15;

  private ServiceNames() {}

  /** Whether {@code name} is a valid service name under RFC 6335 §5.1. */
  public static boolean isValid(String name) {
    return violation(name).isEmpty();
  }

  /**
   * The first rule of RFC 6335 §5.1 that {@code name} breaks, as a message naming the rule and the
   * value, or empty when the name is valid.
   */
  public static Optional<String> violation(String name) {
    if (name.isEmpty() || name.length() > MAX_LENGTH) {
      return fail(name, "must be 1 to 15 characters long, was " + name.length());
    }
    boolean letter = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '-') {
        if (i > 0 && name.charAt(i - 1) == '-') {
          return fail(name, "must not contain two hyphens together");
        }
      } else if (isAsciiLetter(c)) {
        letter = true;
      } else if (c < '0' || c > '9') {
        return fail(name, "may contain only ASCII letters, digits and hyphens, found '" + c + "'");
      }
    }
    if (name.charAt(0) == '-' || name.charAt(name.length() - 1) == '-') {
      return fail(name, "must not begin or end with a hyphen");
    }
    return letter ? Optional.empty() : fail(name, "must contain at least one letter");
  }

  private static Optional<String> fail(String name, String rule) {
    return Optional.of("service name '" + name + "' " + rule + " (RFC 6335 section 5.1)");
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** The key two names are compared by: lower case under {@link Locale#ROOT}. */
  public static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** Whether two names are the same service name (case-insensitive, RFC 6335 §5.1). */
  public static boolean same(String a, String b) {
    return key(a).equals(key(b));
  }
}
