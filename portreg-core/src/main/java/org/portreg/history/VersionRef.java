package org.portreg.history;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.portreg.error.InvalidInputException;
import org.portreg.format.IsoDate;

/**
 * How a user names a registry version: {@code 2026-12-02} (the last version of that day), {@code
 * 2026-12-02.2} (the second version of that day), {@code today}, {@code yesterday}, or a number of
 * days back ({@code -30d}; also {@code -4w}). Versions themselves are identified by {@link #idOf}:
 * the bare date when a day has one version, {@code DATE.N} for the N-th when it has several.
 * Immutable.
 *
 * @param date the day
 * @param ordinal the 1-based version of that day, or empty for its last version
 */
public record VersionRef(LocalDate date, OptionalInt ordinal) {
  /** The longest text accepted, long before any parsing. */
  static final int MAX_LENGTH = 32;

  /** Checks the ordinal is positive. */
  public VersionRef {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(ordinal, "ordinal");
    if (ordinal.isPresent() && ordinal.getAsInt() < 1) {
      throw new IllegalArgumentException("a version ordinal starts at 1, was " + ordinal);
    }
  }

  /**
   * Reads what a user typed, relative to {@code today}.
   *
   * @throws InvalidInputException naming the accepted forms
   */
  public static VersionRef parse(String text, LocalDate today) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty() || t.length() > MAX_LENGTH) {
      throw invalid(text);
    }
    if (t.equals("today") || t.equals("now")) {
      return new VersionRef(today, OptionalInt.empty());
    }
    if (t.equals("yesterday")) {
      return new VersionRef(today.minusDays(1), OptionalInt.empty());
    }
    if (t.startsWith("-")) {
      return new VersionRef(back(t, today), OptionalInt.empty());
    }
    int dot = t.indexOf('.');
    LocalDate date = date(dot < 0 ? t : t.substring(0, dot), text);
    return dot < 0
        ? new VersionRef(date, OptionalInt.empty())
        : new VersionRef(date, OptionalInt.of(number(t.substring(dot + 1), text, 1)));
  }

  /**
   * The id of the {@code ordinal}-th (1-based) of {@code countOnDay} versions dated {@code date}.
   */
  public static String idOf(LocalDate date, int ordinal, int countOnDay) {
    if (ordinal < 1 || ordinal > countOnDay) {
      throw new IllegalArgumentException(ordinal + " of " + countOnDay);
    }
    return countOnDay == 1 ? date.toString() : date + "." + ordinal;
  }

  /**
   * The id of the version at {@code index} of {@code dates} (version dates in version order, oldest
   * first): its date, or {@code DATE.N} when several versions share it ({@link #idOf}).
   */
  public static String idAt(List<LocalDate> dates, int index) {
    LocalDate date = dates.get(index);
    int ordinal = 0;
    int countOnDay = 0;
    for (int i = 0; i < dates.size(); i++) {
      if (dates.get(i).equals(date)) {
        countOnDay++;
        ordinal += i <= index ? 1 : 0;
      }
    }
    return idOf(date, ordinal, countOnDay);
  }

  /**
   * Which of {@code dates} (version dates in version order, oldest first) this names: its index, or
   * empty when there is no such version. A bare date names the last version on or before that day;
   * {@code DATE.N} names exactly the N-th version of that day.
   */
  public Optional<Integer> resolve(List<LocalDate> dates) {
    if (ordinal.isPresent()) {
      int seen = 0;
      for (int i = 0; i < dates.size(); i++) {
        if (dates.get(i).equals(date) && ++seen == ordinal.getAsInt()) {
          return Optional.of(i);
        }
      }
      return Optional.empty();
    }
    Integer found = null;
    for (int i = 0; i < dates.size() && !dates.get(i).isAfter(date); i++) {
      found = i;
    }
    return Optional.ofNullable(found);
  }

  @Override
  public String toString() {
    return ordinal.isPresent() ? date + "." + ordinal.getAsInt() : date.toString();
  }

  private static LocalDate back(String t, LocalDate today) {
    char unit = t.charAt(t.length() - 1);
    int amount = number(t.substring(1, t.length() - 1), t, 0);
    switch (unit) {
      case 'd':
        return today.minusDays(amount);
      case 'w':
        return today.minusWeeks(amount);
      default:
        throw invalid(t);
    }
  }

  /** The ISO date {@code text} ({@link IsoDate}: no date formatters set up for one date). */
  private static LocalDate date(String text, String whole) {
    try {
      return IsoDate.parse(text);
    } catch (DateTimeException e) {
      throw invalid(whole);
    }
  }

  private static int number(String digits, String whole, int least) {
    boolean ascii = digits.chars().allMatch(c -> c >= '0' && c <= '9');
    if (digits.isEmpty() || digits.length() > 6 || !ascii) {
      throw invalid(whole);
    }
    int n = Integer.parseInt(digits);
    if (n < least) {
      throw invalid(whole);
    }
    return n;
  }

  private static InvalidInputException invalid(String text) {
    return new InvalidInputException(
        "'"
            + (text == null
                ? ""
                : text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "…" : text)
            + "' is not a version: use YYYY-MM-DD (the last version of that day), YYYY-MM-DD.N"
            + " (its N-th), today, yesterday, or -30d / -4w (days or weeks back)");
  }
}
