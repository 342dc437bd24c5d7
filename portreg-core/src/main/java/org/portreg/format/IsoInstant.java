package org.portreg.format;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants as the store keeps them, {@code 2026-12-04T14:44:10Z} ({@link Instant#toString}),
 * written and read without the JDK's date formatters: their first use sets up every standard format
 * (about 5 ms of a command that opens the store, each time). The text is exactly {@link
 * Instant#toString}'s and the reading exactly {@link Instant#parse}'s; any other shape (a year past
 * 9999, a leap second) is left to the JDK. Stateless.
 */
public final class IsoInstant {
  private IsoInstant() {}

  /** {@link Instant#toString}'s text of {@code instant}. */
  public static String format(Instant instant) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
    if (t.getYear() < 0 || t.getYear() > 9999) {
      return instant.toString();
    }
    StringBuilder out = new StringBuilder(30);
    pad(out, t.getYear(), 4).append('-');
    pad(out, t.getMonthValue(), 2).append('-');
    pad(out, t.getDayOfMonth(), 2).append('T');
    pad(out, t.getHour(), 2).append(':');
    pad(out, t.getMinute(), 2).append(':');
    pad(out, t.getSecond(), 2);
    int nano = instant.getNano();
    if (nano > 0) {
      out.append('.');
      if (nano % 1_000_000 == 0) {
        pad(out, nano / 1_000_000, 3);
      } else if (nano % 1000 == 0) {
        pad(out, nano / 1000, 6);
      } else {
        pad(out, nano, 9);
      }
    }
    return out.append('Z').toString();
  }

  /**
   * {@link Instant#parse} of {@code text}.
   *
   * @throws java.time.format.DateTimeParseException as {@link Instant#parse} throws it
   */
  public static Instant parse(CharSequence text) {
    int length = text.length();
    if (length < 20 || length > 30 || text.charAt(length - 1) != 'Z' || !shaped(text)) {
      return Instant.parse(text);
    }
    int nano = nanos(text);
    int hour = IsoDate.digits(text, 11, 13);
    int minute = IsoDate.digits(text, 14, 16);
    int second = IsoDate.digits(text, 17, 19);
    if (nano < 0 || hour > 23 || minute > 59 || second > 59) {
      return Instant.parse(text);
    }
    try {
      LocalDate day = IsoDate.parse(text.subSequence(0, 10));
      return Instant.ofEpochSecond(
          day.toEpochDay() * 86_400 + hour * 3600L + minute * 60L + second, nano);
    } catch (DateTimeException e) {
      return Instant.parse(text);
    }
  }

  /**
   * The nanoseconds of the fraction between the seconds and the {@code Z} (0 without one), or -1
   * when it is not one to nine digits after a point.
   */
  private static int nanos(CharSequence text) {
    int length = text.length();
    if (length == 20) {
      return 0;
    }
    if (text.charAt(19) != '.' || length == 21) {
      return -1;
    }
    int nano = IsoDate.digits(text, 20, length - 1);
    for (int i = length - 21; i < 9 && nano > 0; i++) {
      nano *= 10;
    }
    return nano;
  }

  /** Whether {@code text} is {@code dddd-dd-ddTdd:dd:dd} up to its 19th character. */
  private static boolean shaped(CharSequence text) {
    for (int i = 0; i < 19; i++) {
      char c = text.charAt(i);
      char want = "dddd-dd-ddTdd:dd:dd".charAt(i);
      if (want == 'd' ? c < '0' || c > '9' : c != want) {
        return false;
      }
    }
    return true;
  }

  private static StringBuilder pad(StringBuilder out, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    return out.append(digits);
  }
}
