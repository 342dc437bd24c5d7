package org.portreg.format.csv;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.portreg.format.ProblemCollector;
import org.portreg.format.ReadOptions;
import org.portreg.format.ReadResult;
import org.portreg.format.RecordColumns;
import org.portreg.model.PartialDate;
import org.portreg.model.Person;
import org.portreg.model.Registry;
import org.portreg.model.RegistryHeader;
import org.portreg.model.ServiceRecord;

/** Reads IANA's CSV into a registry. Stateless. */
final class CsvReader {
  static final String ID = "service-names-port-numbers";
  static final String TITLE = "Service Name and Transport Protocol Port Number Registry";
  static final String CATEGORY = "Service Names and Transport Protocol Port Numbers";

  private CsvReader() {}

  static ReadResult read(String text, String source, ReadOptions options) {
    ProblemCollector problems = new ProblemCollector(source, options);
    List<CsvParser.Row> rows = new CsvParser(text, problems).rows();
    if (rows.isEmpty()) {
      throw problems.fatal(1, 1, "empty input: expected IANA's CSV header", null);
    }
    checkHeader(rows.get(0), problems);
    CsvRecordReader reader = new CsvRecordReader(problems);
    List<ServiceRecord> records = new ArrayList<>(rows.size());
    for (CsvParser.Row row : rows.subList(1, rows.size())) {
      if (row.fields().size() != RecordColumns.HEADERS.size()) {
        problems.report(row.line(), 1, "expected 12 columns, found " + row.fields().size());
      } else {
        records.add(reader.read(row.fields()));
      }
    }
    Registry registry = new Registry(header(records), records, List.of(), people(records));
    return new ReadResult(registry, problems.problems());
  }

  private static void checkHeader(CsvParser.Row header, ProblemCollector problems) {
    List<String> names = header.fields().stream().map(CsvParser.Field::text).toList();
    if (!names.equals(RecordColumns.HEADERS)) {
      problems.report(
          header.line(),
          1,
          "expected IANA's header " + String.join(",", RecordColumns.HEADERS) + ", was " + names);
    }
  }

  /**
   * The CSV says nothing of itself: the header gets IANA's id, title and category, and as Last
   * Updated the newest date any record shows (a lower bound of the real one); 1970-01-01 when no
   * record has a date.
   */
  static RegistryHeader header(List<ServiceRecord> records) {
    PartialDate newest =
        records.stream()
            .flatMap(r -> java.util.stream.Stream.of(r.registered(), r.updated()))
            .flatMap(Optional::stream)
            .max(PartialDate::compareTo)
            .orElse(new PartialDate(1970, 1, 1));
    return new RegistryHeader(ID, TITLE, CATEGORY, newest, List.of(), List.of(), List.of());
  }

  /** One person per referenced ID, in order of first reference, with nothing but the ID. */
  static List<Person> people(List<ServiceRecord> records) {
    Set<String> ids = new LinkedHashSet<>();
    records.forEach(r -> ids.addAll(r.personIds()));
    return ids.stream()
        .map(
            id ->
                new Person(
                    id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))
        .toList();
  }
}
