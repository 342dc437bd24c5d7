package org.portreg.format.excerpt;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.portreg.model.PartialDate;

/**
 * The header block of a page excerpt, each field as the page shows it. Texts keep the excerpt's
 * line breaks; compare them with white space collapsed. Immutable.
 *
 * @param title the registry title, if shown
 * @param lastUpdated the Last Updated date, if shown
 * @param experts the Expert(s) text, if shown
 * @param references the Reference entries without brackets, such as {@code RFC6335}
 * @param note the Note text, if shown (pages may cut it short)
 * @param requestAnAssignment the Request an Assignment target without brackets, if shown
 * @param availableFormats the Available Formats entries, such as {@code CSV}
 */
public record ExcerptHeader(
    Optional<String> title,
    Optional<PartialDate> lastUpdated,
    Optional<String> experts,
    List<String> references,
    Optional<String> note,
    Optional<String> requestAnAssignment,
    List<String> availableFormats) {
  /** Copies the lists and checks nothing is null. */
  public ExcerptHeader {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(lastUpdated, "lastUpdated");
    Objects.requireNonNull(experts, "experts");
    references = List.copyOf(references);
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(requestAnAssignment, "requestAnAssignment");
    availableFormats = List.copyOf(availableFormats);
  }
}
