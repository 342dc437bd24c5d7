package org.portreg.server.web.view;

import java.util.List;
import java.util.Objects;

/**
 * The diff page: a form to pick two versions and, once picked, their changes.
 *
 * @param title the page title
 * @param dates every version date, newest first (the form's options)
 * @param from the older date chosen, empty when none
 * @param to the newer date chosen, empty when none
 * @param shown whether a diff is shown
 * @param summary the diff's counts in words
 * @param changes one item per record change
 * @param others one item per change of the header or of a person (issue 15: the web showed none)
 */
public record DiffPage(
    String title,
    List<String> dates,
    String from,
    String to,
    boolean shown,
    String summary,
    List<ChangeItem> changes,
    List<ChangeItem> others) {
  /** Copies the lists and checks the texts are present. */
  public DiffPage {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(summary, "summary");
    dates = List.copyOf(dates);
    changes = List.copyOf(changes);
    others = List.copyOf(others);
  }

  /**
   * One change of a diff.
   *
   * @param kind {@code added}, {@code removed}, {@code changed}, {@code renamed}, {@code split} or
   *     {@code moved}: the item's CSS class
   * @param record the record, as {@code name port/transport}
   * @param details the changed fields, {@code field: before → after}, may be empty
   */
  public record ChangeItem(String kind, String record, List<String> details) {
    /** Copies the details. */
    public ChangeItem {
      details = List.copyOf(details);
    }
  }
}
