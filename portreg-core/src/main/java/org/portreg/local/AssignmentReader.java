package org.portreg.local;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.portreg.error.InvalidInputException;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;

/**
 * Reads local assignments from CSV (a header row naming the fields), JSON or YAML (a list of
 * entries, or a mapping with the list under {@code assignments}). The fields: {@code name}, {@code
 * ports} ({@code 8080} or {@code 30000-30009}), {@code transports}, {@code owner}, {@code contact},
 * {@code scope} ({@code host}, {@code cluster}, {@code org}; default {@code org}), {@code tags},
 * {@code description}, {@code since}, {@code expires} (dates {@code YYYY-MM-DD}) and {@code notes}.
 * Strict: unknown fields and bad values are errors with file, line and column. Thread-safe.
 */
public final class AssignmentReader {
  /** The most entries a file may hold. */
  public static final int MAX_ENTRIES = 100_000;

  static final Set<String> FIELDS =
      Set.of(
          "name",
          "ports",
          "transports",
          "owner",
          "contact",
          "scope",
          "tags",
          "description",
          "since",
          "expires",
          "notes");

  private AssignmentReader() {}

  /**
   * The entries of {@code file}, by its extension: {@code .csv}, {@code .json}, else YAML.
   *
   * @throws org.portreg.error.RegistryFormatException naming the place of the first problem
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static List<LocalAssignment> read(Path file) {
    String name = String.valueOf(file.getFileName());
    if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      try {
        if (Files.size(file) > Documents.MAX_BYTES) {
          throw Documents.failure(
              name, 0, 0, "file is larger than " + Documents.MAX_BYTES + " bytes", null);
        }
        return parseCsv(Files.readString(file, StandardCharsets.UTF_8), name);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return entries(Documents.read(file), name);
  }

  /** The entries of a JSON or YAML text named {@code source}. */
  public static List<LocalAssignment> parse(String text, String source) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return entries(Documents.parse(bytes, source, source.endsWith(".json")), source);
  }

  /** The entries of a CSV text named {@code source}. */
  public static List<LocalAssignment> parseCsv(String text, String source) {
    List<LocalAssignment> entries = new ArrayList<>();
    List<String> header = null;
    for (CsvRecord row : CsvReader.builder().ofCsvRecord(text)) {
      if (header == null) {
        header = header(row, source);
      } else if (!(row.getFieldCount() == 1 && row.getField(0).isBlank())) {
        entries.add(entry(rowNode(row, header, source), source));
        checkCount(entries, source, (int) row.getStartingLineNumber());
      }
    }
    return entries;
  }

  private static List<String> header(CsvRecord row, String source) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < row.getFieldCount(); i++) {
      String key = row.getField(i).strip().toLowerCase(Locale.ROOT);
      if (!FIELDS.contains(key)) {
        throw Documents.failure(
            source, 1, column(row, i), "unknown column '" + row.getField(i) + "'", null);
      }
      names.add(key);
    }
    return names;
  }

  private static Node rowNode(CsvRecord row, List<String> header, String source) {
    int line = (int) row.getStartingLineNumber();
    if (row.getFieldCount() != header.size()) {
      throw Documents.failure(
          source,
          line,
          1,
          "row has " + row.getFieldCount() + " fields, the header " + header.size(),
          null);
    }
    Map<String, Node> entries = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      entries.put(header.get(i), new Node.Scalar(row.getField(i), line, column(row, i)));
    }
    return new Node.Mapping(entries, line, 1);
  }

  /** Where field {@code index} starts, exact for unquoted fields on one line. */
  private static int column(CsvRecord row, int index) {
    int column = 1;
    for (int i = 0; i < index; i++) {
      column += row.getField(i).length() + 1;
    }
    return column;
  }

  static List<LocalAssignment> entries(Node root, String source) {
    Node list = root;
    if (root instanceof Node.Mapping) {
      list =
          Fields.of(source, root, "the file", Set.of("assignments"))
              .node("assignments")
              .orElse(new Node.Sequence(List.of(), root.line(), root.column()));
    }
    if (!(list instanceof Node.Sequence seq)) {
      throw Fields.fail(source, list, "assignments must be a list, was " + list.kind());
    }
    List<LocalAssignment> entries = new ArrayList<>();
    for (Node item : seq.items()) {
      entries.add(entry(item, source));
      checkCount(entries, source, item.line());
    }
    return entries;
  }

  private static void checkCount(List<LocalAssignment> entries, String source, int line) {
    if (entries.size() > MAX_ENTRIES) {
      throw Documents.failure(source, line, 1, "more than " + MAX_ENTRIES + " entries", null);
    }
  }

  private static LocalAssignment entry(Node node, String source) {
    return entry(node, source, FIELDS);
  }

  /** One entry of {@code node}, a mapping holding only {@code known} keys. */
  static LocalAssignment entry(Node node, String source, Set<String> known) {
    Fields f = Fields.of(source, node, "an assignment", known);
    String name = f.required("name");
    Optional<PortRange> ports =
        f.scalar("ports").filter(s -> !s.text().isBlank()).map(s -> Values.portRange(f, s));
    try {
      return new LocalAssignment(
          name,
          ports,
          transports(f),
          f.required("owner"),
          f.text("contact").orElse(""),
          scope(f),
          f.list("tags").stream().map(Node.Scalar::text).toList(),
          f.text("description").orElse(""),
          date(f, "since"),
          date(f, "expires"),
          f.text("notes").orElse(""));
    } catch (InvalidInputException e) {
      throw f.fail(f.node("name").orElse(node), e.getMessage());
    }
  }

  private static Set<Transport> transports(Fields f) {
    Set<Transport> set = EnumSet.noneOf(Transport.class);
    for (Node.Scalar s : f.list("transports")) {
      set.add(Values.transport(f, s));
    }
    return set;
  }

  private static Scope scope(Fields f) {
    Optional<Node.Scalar> s = f.scalar("scope").filter(v -> !v.text().isBlank());
    if (s.isEmpty()) {
      return Scope.ORG;
    }
    return Scope.parse(s.get().text())
        .orElseThrow(
            () ->
                f.fail(
                    s.get(), "scope must be host, cluster or org, was '" + s.get().text() + "'"));
  }

  private static Optional<LocalDate> date(Fields f, String key) {
    return f.scalar(key).filter(s -> !s.text().isBlank()).map(s -> Values.date(f, s, key));
  }
}
