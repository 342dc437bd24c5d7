package org.portreg.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A date with the precision the registry gives it: a year ({@code 2001}), a month ({@code 2001-06})
 * or a day ({@code 2001-06-15}).
 *
 * @param year the year, 1..9999
 * @param month the month 1..12, or 0 when only the year is known
 * @param day the day of the month, or 0 when only the year or the month is known
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

  /** How precise a date is. */
  public enum Precision {
    YEAR,
    MONTH,
    DAY
  }

  /** Validates the fields against the calendar. */
  public PartialDate {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year must be in 1..9999, was " + year);
    }
    if (month < 0 || month > 12 || (month == 0 && day != 0)) {
      throw new IllegalArgumentException("month must be in 1..12, was " + month);
    }
    if (day != 0) {
      try {
        LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(
            "not a calendar date: " + year + "-" + month + "-" + day);
      }
    }
  }

  /** A full date. */
  public static PartialDate of(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @throws IllegalArgumentException naming the text when it is none of these
   */
  public static PartialDate parse(String text) {
    int length = text.length();
    if ((length != 4 && length != 7 && length != 10) || !hasDateShape(text)) {
      throw new IllegalArgumentException(
          "date must be YYYY, YYYY-MM or YYYY-MM-DD, was '" + text + "'");
    }
    int year = Integer.parseInt(text.substring(0, 4));
    int month = length >= 7 ? Integer.parseInt(text.substring(5, 7)) : 0;
    int day = length == 10 ? Integer.parseInt(text.substring(8, 10)) : 0;
    return new PartialDate(year, month, day);
  }

  /** Whether {@code text} has the shape of a partial date (digits and dashes where they belong). */
  public static boolean hasDateShape(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean dashPlace = i == 4 || i == 7;
      if (dashPlace ? c != '-' : (c < '0' || c > '9')) {
        return false;
      }
    }
    return text.length() == 4 || text.length() == 7 || text.length() == 10;
  }

  /** The precision of this date. */
  public Precision precision() {
    return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
  }

  /** The first day this date may denote (January 1st for a year, the 1st for a month). */
  public LocalDate earliest() {
    return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
  }

  /** Orders by the earliest day, then the less precise first. */
  @Override
  public int compareTo(PartialDate other) {
    int byDay = earliest().compareTo(other.earliest());
    return byDay != 0 ? byDay : precision().compareTo(other.precision());
  }

  /** The registry's spelling, with exactly the known precision. */
  @Override
  public String toString() {
    // Padded by hand: String.format loads the JDK's locale data, tens of milliseconds of a cold
    // command that prints a date (issue 12).
    StringBuilder out = new StringBuilder(10);
    pad(out, year, 4);
    if (precision() != Precision.YEAR) {
      pad(out.append('-'), month, 2);
    }
    if (precision() == Precision.DAY) {
      pad(out.append('-'), day, 2);
    }
    return out.toString();
  }

  private static void pad(StringBuilder out, int value, int digits) {
    String text = Integer.toString(value);
    for (int i = text.length(); i < digits; i++) {
      out.append('0');
    }
    out.append(text);
  }

  /**
   * Component by component, as a record's own equals; spelled out because the generated one sets up
   * method handles on its first call, which a cold command pays for.
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof PartialDate o && year == o.year && month == o.month && day == o.day;
  }

  /** Combines the components' hash codes, as {@link #equals} compares them. */
  @Override
  public int hashCode() {
    return Objects.hash(year, month, day);
  }
}
