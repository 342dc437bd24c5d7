package org.portreg.format.txt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.portreg.format.ProblemCollector;
import org.portreg.model.Footnote;
import org.portreg.model.PartialDate;
import org.portreg.model.Person;
import org.portreg.model.RichText;

/** Turns the rows of the Contact Information table into people. Stateless apart from problems. */
final class PeopleCells {
  private static final int ID = 0;
  private static final int NAME = 1;
  private static final int ORG = 2;
  private static final int URI = 3;
  private static final int UPDATED = 4;

  private final ProblemCollector problems;

  PeopleCells(ProblemCollector problems) {
    this.problems = problems;
  }

  /** The people of the rows, in table order; rows with a bad ID or date are reported. */
  List<Person> toPeople(List<TextTable.Row> rows) {
    List<Person> people = new ArrayList<>();
    for (TextTable.Row row : rows) {
      toPerson(row).ifPresent(people::add);
    }
    return people;
  }

  private Optional<Person> toPerson(TextTable.Row row) {
    String id = row.joined(ID);
    if (!id.startsWith("[") || !id.endsWith("]") || id.length() < 3) {
      problems.report(row.anchorLine(), row.columnOf(ID), "bad person ID '" + id + "'");
      return Optional.empty();
    }
    return Optional.of(
        new Person(
            id.substring(1, id.length() - 1),
            optional(row.joined(NAME)),
            optional(row.joined(ORG)),
            optional(row.joined(URI)),
            date(row)));
  }

  private Optional<PartialDate> date(TextTable.Row row) {
    String text = row.joined(UPDATED);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(PartialDate.parse(text));
    } catch (IllegalArgumentException e) {
      problems.report(
          row.anchorLine(), row.columnOf(UPDATED), "bad Last Updated: " + e.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<String> optional(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** A footnote of the page's Footnote section. */
  static Footnote footnote(String anchor, CharSequence text) {
    return new Footnote(anchor, RichText.of(text.toString()));
  }
}
