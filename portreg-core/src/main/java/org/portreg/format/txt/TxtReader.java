package org.portreg.format.txt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.portreg.format.ProblemCollector;
import org.portreg.format.ReadOptions;
import org.portreg.format.ReadResult;
import org.portreg.format.RecordColumns;
import org.portreg.model.Footnote;
import org.portreg.model.Person;
import org.portreg.model.Registry;
import org.portreg.model.RegistryHeader;
import org.portreg.model.ServiceRecord;

/** Reads IANA's text rendering of the registry page. One instance per read; not thread-safe. */
final class TxtReader {
  /** The labels of the records table's first header line, in order. */
  static final List<String> RECORD_LABELS =
      List.of(
          "Service Name",
          "Port Number",
          "Transport",
          "Description",
          "Assignee",
          "Contact",
          "Registration",
          "Modification",
          "Reference",
          "Service",
          "Unauthorized",
          "Assignment Notes");

  private static final List<String> PEOPLE_LABELS =
      List.of("ID", "Name", "Organization", "Contact URI", "Last");

  /** The multi-line columns that twin rows share. */
  private static final int[] TWIN_COLUMNS = {
    RecordColumns.DESCRIPTION, RecordColumns.UNAUTHORIZED, RecordColumns.NOTES
  };

  private final List<String> lines;
  private final ProblemCollector problems;

  private TxtReader(String text, String source, ReadOptions options) {
    this.lines = List.of(text.split("\n", -1));
    this.problems = new ProblemCollector(source, options);
  }

  /** Reads the text; see {@link TxtFormat#readText}. */
  static ReadResult read(String text, String source, ReadOptions options) {
    return new TxtReader(text, source, options).read();
  }

  private ReadResult read() {
    int header = findTableHeader();
    int found = findLine("Contact Information", header);
    int contacts = found < 0 ? lines.size() : found;
    RegistryHeader registryHeader = new HeaderReader(lines.subList(0, header), problems).read();
    List<ServiceRecord> records = readRecords(header, contacts);
    if (found < 0) {
      problems.report(lines.size(), 1, "truncated table: no Contact Information after the records");
    }
    int footnote = findLine("Footnote", contacts);
    int peopleEnd = footnote >= 0 ? footnote : endOfPage(contacts);
    List<Person> people = readPeople(contacts + 1, peopleEnd);
    List<Footnote> footnotes = footnote >= 0 ? readFootnotes(footnote + 1) : List.of();
    Registry registry = new Registry(registryHeader, records, footnotes, people);
    return new ReadResult(registry, problems.problems());
  }

  private int findTableHeader() {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.strip().startsWith("Service Name") && line.contains("Description")) {
        return i;
      }
    }
    throw problems.fatal(1, 1, "no records table: no header line with 'Service Name' found", null);
  }

  private int findLine(String stripped, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(stripped)) {
        return i;
      }
    }
    return -1;
  }

  private int endOfPage(int from) {
    int end = findLine("Licensing Terms", from);
    return end >= 0 ? end : lines.size();
  }

  private List<ServiceRecord> readRecords(int header, int end) {
    int bodyStart = header + 1;
    if (bodyStart < end && lines.get(bodyStart).contains("Protocol")) {
      bodyStart++;
    }
    int[] labels = labelStarts(lines.get(header), RECORD_LABELS, header);
    TextTable table = table(bodyStart, end, labels);
    RecordCells cells = new RecordCells(problems);
    List<ServiceRecord> records = new ArrayList<>();
    for (TextTable.Row row :
        table.rows(line -> isRecordAnchor(table, line), (a, b) -> twinCost(table, a, b))) {
      records.add(cells.toRecord(row));
    }
    return records;
  }

  /**
   * A record's anchor line has its port or transport, or, for a name-only record, its name and
   * something more; a line with a name and nothing else is a piece of a wrapped name.
   */
  private static boolean isRecordAnchor(TextTable table, String line) {
    if (!table.cell(line, RecordColumns.PORT).isBlank()
        || !table.cell(line, RecordColumns.TRANSPORT).isBlank()) {
      return true;
    }
    if (table.cell(line, RecordColumns.NAME).isBlank()) {
      return false;
    }
    for (int c = RecordColumns.DESCRIPTION; c <= RecordColumns.NOTES; c++) {
      if (!table.cell(line, c).isBlank()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Records of one service on one port (the tcp and udp rows) nearly always share their
   * description: rows that would read differently are the less likely split.
   */
  private static int twinCost(TextTable table, RowSplitter.Span upper, RowSplitter.Span lower) {
    String a = table.line(upper.anchor());
    String b = table.line(lower.anchor());
    for (int c : new int[] {RecordColumns.NAME, RecordColumns.PORT}) {
      if (table.cell(a, c).isBlank() || !table.cell(a, c).equals(table.cell(b, c))) {
        return 0;
      }
    }
    int cost = 0;
    for (int c : TWIN_COLUMNS) {
      String upperText = table.joined(upper.top(), upper.bottom(), c);
      cost += upperText.equals(table.joined(lower.top(), lower.bottom(), c)) ? 0 : 1;
    }
    return cost;
  }

  private TextTable table(int from, int to, int[] labels) {
    while (to > from && lines.get(to - 1).isBlank()) {
      to--;
    }
    while (from < to && lines.get(from).isBlank()) {
      from++;
    }
    List<String> body = new ArrayList<>(lines.subList(from, to));
    // a rule under the header (portreg's own rendering) is no row
    if (!body.isEmpty() && body.get(0).matches("[- ]*-[- ]*")) {
      body.set(0, "");
    }
    return new TextTable(body, from + 1, TextTable.columnStarts(body, labels));
  }

  private int[] labelStarts(String line, List<String> labels, int lineIndex) {
    int[] starts = new int[labels.size()];
    int from = 0;
    for (int i = 0; i < labels.size(); i++) {
      int at = line.indexOf(labels.get(i), from);
      if (at < 0) {
        throw problems.fatal(
            lineIndex + 1, from + 1, "table header lacks the column '" + labels.get(i) + "'", null);
      }
      starts[i] = i == 0 ? 0 : at;
      from = at + labels.get(i).length();
    }
    return starts;
  }

  private List<Person> readPeople(int from, int end) {
    int header = from;
    while (header < end && lines.get(header).isBlank()) {
      header++;
    }
    if (header >= end) {
      return List.of();
    }
    int[] labels = labelStarts(lines.get(header), PEOPLE_LABELS, header);
    int body = header + 1;
    if (body < end && lines.get(body).strip().equals("Updated")) {
      body++;
    }
    TextTable table = table(body, end, labels);
    return new PeopleCells(problems).toPeople(table.rows(line -> !table.cell(line, 0).isBlank()));
  }

  private List<Footnote> readFootnotes(int from) {
    List<Footnote> notes = new ArrayList<>();
    int end = endOfPage(from);
    StringBuilder text = new StringBuilder();
    Optional<String> anchor = Optional.empty();
    for (String raw : lines.subList(from, end)) {
      String line = raw.strip();
      int close = line.indexOf(']');
      if (line.startsWith("[") && close > 0) {
        anchor.ifPresent(a -> notes.add(PeopleCells.footnote(a, text)));
        anchor = Optional.of(line.substring(1, close));
        text.setLength(0);
        text.append(line.substring(close + 1).strip());
      } else if (!line.isEmpty() && anchor.isPresent()) {
        text.append('\n').append(line);
      }
    }
    anchor.ifPresent(a -> notes.add(PeopleCells.footnote(a, text)));
    return notes;
  }
}
