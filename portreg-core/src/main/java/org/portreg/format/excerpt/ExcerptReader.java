package org.portreg.format.excerpt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.portreg.format.ProblemCollector;
import org.portreg.format.RecordColumns;

/** Reads the text of one excerpt: header, table, contact table. Not thread-safe: one per read. */
final class ExcerptReader {
  static final String TABLE_HEADING = String.join(" ", RecordColumns.HEADERS);
  static final String CONTACTS = "Contact Information";

  private final List<Line> lines;
  private final ProblemCollector problems;
  private int next;

  private ExcerptReader(List<Line> lines, ProblemCollector problems) {
    this.lines = lines;
    this.problems = problems;
  }

  static Excerpt read(String text, ProblemCollector problems) {
    String[] raw = text.split("\r?\n", -1);
    List<Line> lines = new ArrayList<>(raw.length);
    for (int i = 0; i < raw.length; i++) {
      lines.add(new Line(i + 1, raw[i]));
    }
    return new ExcerptReader(lines, problems).read();
  }

  private Excerpt read() {
    int heading = findTableHeading();
    ExcerptHeader header = HeaderParser.parse(lines.subList(0, Math.max(heading, 0)), problems);
    if (heading < 0) {
      problems.report(
          1,
          1,
          "no registry table found: expected a line with the 12 column headers '"
              + TABLE_HEADING
              + "'");
      return new Excerpt(problems.source(), Rendering.PLAIN, header, List.of(), false, List.of());
    }
    Rendering rendering = renderingOf(lines.get(heading));
    next = heading + 1;
    List<ExcerptRow> rows = readRows(rendering);
    return readContacts(rendering, header, rows);
  }

  private int findTableHeading() {
    for (Line line : lines) {
      if (line.normalized().equals(TABLE_HEADING)) {
        return line.number() - 1;
      }
    }
    return -1;
  }

  private static Rendering renderingOf(Line heading) {
    String t = heading.text().strip();
    return t.startsWith("|")
        ? Rendering.MARKDOWN
        : t.contains("|") ? Rendering.PIPES : Rendering.PLAIN;
  }

  private List<ExcerptRow> readRows(Rendering rendering) {
    List<ExcerptRow> rows = new ArrayList<>();
    for (List<Line> group : groups(rendering, RecordColumns.HEADERS.size(), true)) {
      List<Value> values =
          rendering == Rendering.PLAIN ? PlainRow.values(group) : Cells.values(group);
      toRow(group, values).ifPresent(rows::add);
    }
    return rows;
  }

  private Optional<ExcerptRow> toRow(List<Line> group, List<Value> values) {
    ColumnAssigner.Assignment a = ColumnAssigner.assign(values);
    if (a.failed()) {
      Value bad = values.get(a.failedAt());
      problems.report(
          bad.line(),
          bad.column(),
          "cannot place '"
              + bad.text()
              + "' ("
              + bad.kind().name().toLowerCase(Locale.ROOT)
              + ") in any column after the values before it");
      return Optional.empty();
    }
    List<Integer> numbers = group.stream().map(Line::number).toList();
    return Optional.of(new ExcerptRow(numbers, a.columns(), a.ambiguities()));
  }

  /** The rows of the table starting at {@code next}, each as its lines; stops after the table. */
  private List<List<Line>> groups(Rendering rendering, int columns, boolean records) {
    List<List<Line>> groups = new ArrayList<>();
    while (next < lines.size() && !endsTable(lines.get(next))) {
      Line line = lines.get(next++);
      if (line.isSeparator()) {
        continue;
      }
      List<Line> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (last != null && continues(rendering, last, line, columns, records)) {
        last.add(line);
      } else {
        groups.add(new ArrayList<>(List.of(line)));
      }
    }
    return groups;
  }

  private static boolean endsTable(Line line) {
    return line.isBlank() || line.normalized().equals(CONTACTS);
  }

  /**
   * Whether {@code line} continues the row before it: in markdown, a line without its leading pipe;
   * with pipes only, a line that completes a row still short of its cells; in plain text, a line
   * that starts with a reference or a date, which no record row does (contact rows start with their
   * {@code [ID]}).
   */
  private static boolean continues(
      Rendering rendering, List<Line> row, Line line, int columns, boolean records) {
    String t = line.text().strip();
    return switch (rendering) {
      case MARKDOWN -> !t.startsWith("|");
      case PIPES -> {
        long pipes = row.stream().mapToLong(Line::pipes).sum();
        yield pipes < columns && pipes + line.pipes() <= columns;
      }
      case PLAIN -> (records && t.startsWith("[")) || ValueKind.isDate(t.split("\\s+", 2)[0]);
    };
  }

  private Excerpt readContacts(Rendering rendering, ExcerptHeader header, List<ExcerptRow> rows) {
    Optional<Line> heading = contactHeading();
    if (heading.isEmpty()) {
      return new Excerpt(problems.source(), rendering, header, rows, false, List.of());
    }
    boolean organization = heading.get().normalized().contains("Organization");
    List<ExcerptContact> contacts = new ArrayList<>();
    for (List<Line> group : groups(rendering, organization ? 5 : 4, false)) {
      List<Value> values = new ArrayList<>();
      if (rendering == Rendering.PLAIN) {
        group.forEach(line -> Tokens.split(line, values));
      } else {
        values.addAll(Cells.values(group));
      }
      ContactParser.parse(values, rendering == Rendering.PLAIN, organization, problems)
          .ifPresent(contacts::add);
    }
    return new Excerpt(problems.source(), rendering, header, rows, organization, contacts);
  }

  /** The heading line of the Contact Information table, if the excerpt has one. */
  private Optional<Line> contactHeading() {
    while (next < lines.size() && !lines.get(next).normalized().equals(CONTACTS)) {
      next++;
    }
    next++;
    while (next < lines.size() && lines.get(next).isBlank()) {
      next++;
    }
    if (next >= lines.size()) {
      return Optional.empty();
    }
    Line heading = lines.get(next++);
    if (!heading.normalized().startsWith("ID Name")) {
      problems.report(
          heading.number(),
          1,
          "contact table must start with the heading 'ID | Name"
              + " | [Organization |] Contact URI | Last Updated', was '"
              + heading.text().strip()
              + "'");
    }
    return Optional.of(heading);
  }
}
