package org.portreg.workflow;

import java.time.LocalDate;
import org.portreg.error.InvalidInputException;

/**
 * How long the public call for comments before a revocation (RFC 6335 §8.4) runs: a number of days
 * from today, or until a date. The period ends at the start of its end date: comments are taken
 * before that day, and the revocation may go ahead on it. So an end date must come after today (a
 * period ending today would take no comment), and at most {@link #MAX_DAYS} days ahead. Immutable.
 */
public sealed interface CommentPeriod {
  /** The length of a comment period when none is given, in days. */
  int DEFAULT_DAYS = 30;

  /** The longest comment period, in days. */
  int MAX_DAYS = 365;

  /**
   * The end date of a period that starts {@code today}.
   *
   * @throws InvalidInputException when the end date is not after today, or too far ahead
   */
  LocalDate endsOn(LocalDate today);

  /** The default period, {@link #DEFAULT_DAYS} days. */
  static CommentPeriod standard() {
    return new Days(DEFAULT_DAYS);
  }

  /**
   * A period of {@code days} days from today.
   *
   * @param days the number of days, 1 to {@link #MAX_DAYS}
   */
  record Days(int days) implements CommentPeriod {
    /** Checks the number of days. */
    public Days {
      if (days < 1 || days > MAX_DAYS) {
        throw new InvalidInputException(
            "days: a comment period lasts 1 to " + MAX_DAYS + " days, was " + days);
      }
    }

    @Override
    public LocalDate endsOn(LocalDate today) {
      return today.plusDays(days);
    }
  }

  /**
   * A period until {@code end}: comments are taken before that day.
   *
   * @param end the end date
   */
  record Until(LocalDate end) implements CommentPeriod {
    /** Checks the date is given. */
    public Until {
      java.util.Objects.requireNonNull(end, "end");
    }

    @Override
    public LocalDate endsOn(LocalDate today) {
      if (!end.isAfter(today)) {
        throw new InvalidInputException(
            "until: the comment period must end after today ("
                + today
                + "), so that it takes comments; was "
                + end);
      }
      if (end.isAfter(today.plusDays(MAX_DAYS))) {
        throw new InvalidInputException(
            "until: a comment period lasts at most "
                + MAX_DAYS
                + " days, to "
                + today.plusDays(MAX_DAYS)
                + "; was "
                + end);
      }
      return end;
    }
  }
}
