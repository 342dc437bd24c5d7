package org.portreg.server.http;

import java.util.List;
import org.portreg.error.InvalidInputException;
import org.portreg.error.NotFoundException;

/**
 * One page of a list: the registry pages its records 100 at a time.
 *
 * @param items the items of this page
 * @param number the 1-based page number
 * @param size the page size
 * @param total how many items all pages hold
 */
public record Page<T>(List<T> items, int number, int size, int total) {
  /** The registry's page size. */
  static final int SIZE = 100;

  /**
   * The page {@code number} of {@code all}. Page 1 of an empty list exists and is empty.
   *
   * @throws NotFoundException when the page lies past the last one
   */
  public static <T> Page<T> of(List<T> all, int number) {
    int pages = Math.max(1, (all.size() + SIZE - 1) / SIZE);
    if (number > pages) {
      throw new NotFoundException(
          "page "
              + number
              + " does not exist: "
              + (pages == 1 ? "there is 1 page" : "there are " + pages + " pages")
              + " of "
              + SIZE);
    }
    int from = (number - 1) * SIZE;
    return new Page<>(
        all.subList(from, Math.min(all.size(), from + SIZE)), number, SIZE, all.size());
  }

  /**
   * Parses the {@code page} query parameter; absent means 1.
   *
   * @throws InvalidInputException when it is not a whole number from 1
   */
  public static int parseNumber(String text) {
    if (text == null) {
      return 1;
    }
    if (!text.matches("[0-9]{1,9}") || Integer.parseInt(text) < 1) {
      throw new InvalidInputException("page must be a whole number from 1, was '" + text + "'");
    }
    return Integer.parseInt(text);
  }

  /** How many pages there are, at least 1. */
  public int pages() {
    return Math.max(1, (total + size - 1) / size);
  }

  /** Whether a page follows this one. */
  public boolean hasNext() {
    return number < pages();
  }

  /** Whether a page precedes this one. */
  public boolean hasPrevious() {
    return number > 1;
  }
}
