package org.portreg.server.web.view;

import java.util.List;
import java.util.Objects;

/**
 * One row of the versions page.
 *
 * @param name the version's name ({@code 2026-12-02}, or {@code 2026-12-02.2} when several share
 *     the date)
 * @param href its registry page
 * @param records how many records it has
 * @param previous the name of the version before it, empty for the oldest
 * @param added records added since {@code previous}
 * @param removed records removed since {@code previous}
 * @param changed records changed since {@code previous}
 * @param diffHref the diff from {@code previous}, empty for the oldest
 * @param downloads its files
 */
public record VersionRow(
    String name,
    String href,
    int records,
    String previous,
    int added,
    int removed,
    int changed,
    String diffHref,
    List<Link> downloads) {
  /** Copies the list and checks the texts are present. */
  public VersionRow {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(href, "href");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(diffHref, "diffHref");
    downloads = List.copyOf(downloads);
  }

  /** Whether the row compares with an older version (false for the oldest). */
  public boolean hasPrevious() {
    return !previous.isEmpty();
  }
}
