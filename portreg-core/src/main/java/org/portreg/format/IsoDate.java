package org.portreg.format;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Dates as the registry and the store write them, {@code 2026-12-04}, read without the JDK's date
 * formatters: {@link LocalDate#parse} sets up every standard format on its first use, some
 * milliseconds of a cold command. The reading is exactly {@link LocalDate#parse}'s; any other shape
 * is left to it. Stateless.
 */
public final class IsoDate {
  private IsoDate() {}

  /**
   * {@link LocalDate#parse} of {@code text}.
   *
   * @throws java.time.format.DateTimeParseException as {@link LocalDate#parse} throws it
   */
  public static LocalDate parse(CharSequence text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        try {
          return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
          // an impossible date: the JDK's parser says so in its own words
        }
      }
    }
    return LocalDate.parse(text);
  }

  /** The ASCII digits {@code text[from, to)} as a number, or -1 when any is not a digit. */
  static int digits(CharSequence text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
