package org.portreg.format.txt;

import static org.portreg.format.PageLabels.EXPERTS;
import static org.portreg.format.PageLabels.LAST_UPDATED;
import static org.portreg.format.PageLabels.NOTE;
import static org.portreg.format.PageLabels.REFERENCE;
import static org.portreg.format.PageLabels.REQUEST;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.portreg.format.PageLabels;
import org.portreg.format.ProblemCollector;
import org.portreg.model.Inline;
import org.portreg.model.Note;
import org.portreg.model.PartialDate;
import org.portreg.model.RegistryHeader;
import org.portreg.model.RichText;
import org.portreg.model.Xref;

/**
 * Reads the header block of the text page: title, Last Updated, Expert(s), Reference, Note and
 * Request an Assignment. The page has neither the registry's id nor its category: the id is the one
 * registry this page shows, the category is left empty.
 */
final class HeaderReader {
  /** The id of the only registry the page renders. */
  static final String REGISTRY_ID = "service-names-port-numbers";

  private static final List<String> SECTIONS = PageLabels.ALL;

  private final List<String> lines;
  private final ProblemCollector problems;

  HeaderReader(List<String> lines, ProblemCollector problems) {
    this.lines = lines;
    this.problems = problems;
  }

  RegistryHeader read() {
    PartialDate date = updated();
    List<String> experts = section(EXPERTS);
    List<Note> notes = new ArrayList<>();
    List<String> note = section(NOTE);
    if (!note.isEmpty()) {
      notes.add(new Note(Optional.empty(), RichText.of(String.join("\n", note))));
    }
    List<Xref> request = RecordCells.references(String.join(" ", section(REQUEST)));
    if (!request.isEmpty()) {
      List<Inline> parts = request.stream().map(x -> (Inline) new Inline.Reference(x)).toList();
      notes.add(new Note(Optional.of(REQUEST), new RichText(parts)));
    }
    return new RegistryHeader(
        REGISTRY_ID,
        title(),
        "",
        date,
        RecordCells.references(String.join(" ", section(REFERENCE))),
        experts.isEmpty() ? List.of() : List.of(String.join("\n", experts)),
        notes);
  }

  /** The nearest non-blank line above Last Updated: the centred title. */
  private String title() {
    int at = indexOf(LAST_UPDATED);
    for (int i = at - 1; i >= 0; i--) {
      if (!lines.get(i).isBlank()) {
        return lines.get(i).strip();
      }
    }
    return "";
  }

  /** The lines of a section, each stripped, outer blank lines dropped. */
  private List<String> section(String label) {
    int at = indexOf(label);
    List<String> out = new ArrayList<>();
    for (int i = at + 1; at >= 0 && i < lines.size(); i++) {
      if (SECTIONS.contains(lines.get(i).strip())) {
        break;
      }
      out.add(lines.get(i).strip());
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
      out.remove(out.size() - 1);
    }
    while (!out.isEmpty() && out.get(0).isBlank()) {
      out.remove(0);
    }
    return out;
  }

  /** The Last Updated date; a date-shaped but impossible one (month 68) is a problem. */
  private PartialDate updated() {
    String updated = String.join(" ", section(LAST_UPDATED)).strip();
    if (PartialDate.hasDateShape(updated)) {
      try {
        return PartialDate.parse(updated);
      } catch (IllegalArgumentException e) {
        // PartialDate states the rule broken, e.g. "month must be in 1..12, was 68".
        int line = indexOf(LAST_UPDATED) + 1;
        while (line < lines.size() && lines.get(line).isBlank()) {
          line++;
        }
        int column = line < lines.size() ? lines.get(line).indexOf(updated.charAt(0)) + 1 : 1;
        problems.report(line + 1, column, "Last Updated: " + e.getMessage());
      }
    }
    return new PartialDate(1, 0, 0);
  }

  private int indexOf(String label) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(label)) {
        return i;
      }
    }
    return -1;
  }
}
