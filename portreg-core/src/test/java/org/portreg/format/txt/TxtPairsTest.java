package org.portreg.format.txt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.portreg.format.ReadOptions;
import org.portreg.format.ReadResult;
import org.portreg.format.RecordColumns;
import org.portreg.io.Registries;
import org.portreg.model.Inline;
import org.portreg.model.Person;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;
import org.portreg.testing.SharedData;

/**
 * Reads every official {@code .txt} of {@code pairs/} and compares it with the XML of the same
 * date, column by column, stating exactly what the text loses.
 */
class TxtPairsTest {
  /** The columns the text renders without loss (the description and notes are checked apart). */
  private static final Set<Integer> EXACT_COLUMNS = Set.of(0, 1, 2, 4, 5, 6, 7, 9, 10);

  record Pair(String date, Registry txt, Registry xml) {
    @Override
    public String toString() {
      return date;
    }
  }

  private static List<Pair> cache;

  static synchronized Stream<Pair> pairs() {
    if (cache == null) {
      try {
        cache = readPairs();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return cache.stream();
  }

  private static List<Pair> readPairs() throws IOException {
    List<Pair> pairs = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(SharedData.iana().resolve("pairs"))) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        Path txt = file(dir, ".txt");
        Path xml = file(dir, ".xml");
        ReadResult read = Registries.read(txt, java.util.Optional.empty(), ReadOptions.STRICT);
        assertThat(read.problems()).isEmpty();
        pairs.add(new Pair(dir.getFileName().toString(), read.registry(), Registries.read(xml)));
      }
    }
    assertThat(pairs).hasSize(8);
    return pairs;
  }

  private static Path file(Path dir, String kind) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().contains(kind)).findFirst().orElseThrow();
    }
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void readsAsManyRecordsPeopleAndFootnotesAsTheXml(Pair pair) {
    assertThat(pair.txt().records()).hasSameSizeAs(pair.xml().records());
    assertThat(pair.txt().people()).hasSameSizeAs(pair.xml().people());
    assertThat(pair.txt().footnotes()).hasSameSizeAs(pair.xml().footnotes());
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void recoversNamePortTransportPeopleDatesCodeAndUnauthorizedOfEveryRecord(Pair pair) {
    for (int i = 0; i < pair.xml().records().size(); i++) {
      List<String> txt = columns(pair.txt().records().get(i));
      List<String> xml = shownColumns(pair.xml().records().get(i));
      for (int c : EXACT_COLUMNS) {
        assertThat(txt.get(c)).as("%s record %d column %d", pair, i, c).isEqualTo(xml.get(c));
      }
    }
  }

  /**
   * The page shows a URI reference that has a text by its text, and the reader cannot tell such a
   * text from a free-text reference: that is the one loss in the Reference column.
   */
  @ParameterizedTest
  @MethodSource("pairs")
  void recoversReferencesExceptUriTargetsHiddenBehindTheirText(Pair pair) {
    for (int i = 0; i < pair.xml().records().size(); i++) {
      ServiceRecord xml = pair.xml().records().get(i);
      String shown = shownColumns(xml).get(RecordColumns.REFERENCE);
      assertThat(columns(pair.txt().records().get(i)).get(RecordColumns.REFERENCE))
          .as("%s record %d", pair, i)
          .isEqualTo(shown);
    }
  }

  /**
   * A text browser centres cells vertically, so when one row ends in lines under its anchor and the
   * next starts with lines over its own, nothing on the page says where one ends. The reader
   * resolves most of these (twin tcp/udp rows, word wrapping); the rest move lines of text between
   * neighbouring records, never lose or invent text: each run of neighbours that differ holds the
   * same text in total.
   */
  @ParameterizedTest
  @MethodSource("pairs")
  void descriptionsAndNotesOnlyMoveBetweenNeighboursWhereRowsAreAmbiguous(Pair pair) {
    for (int c : List.of(RecordColumns.DESCRIPTION, RecordColumns.NOTES)) {
      int moved = assertOnlyMoved(pair, r -> columns(r).get(c), c);
      assertThat(moved).as("%s column %d", pair, c).isLessThanOrEqualTo(100);
    }
  }

  private static int assertOnlyMoved(Pair pair, Function<ServiceRecord, String> column, int c) {
    List<ServiceRecord> txt = pair.txt().records();
    List<ServiceRecord> xml = pair.xml().records();
    int moved = 0;
    for (int i = 0; i < xml.size(); i++) {
      if (column.apply(txt.get(i)).equals(column.apply(xml.get(i)))) {
        continue;
      }
      StringBuilder a = new StringBuilder();
      StringBuilder b = new StringBuilder();
      int start = i;
      while (i < xml.size() && !column.apply(txt.get(i)).equals(column.apply(xml.get(i)))) {
        a.append(' ').append(column.apply(txt.get(i)));
        b.append(' ').append(column.apply(xml.get(i)));
        i++;
      }
      moved += i - start;
      assertThat(normal(a.toString()))
          .as("%s records %d..%d", pair, start, i)
          .isEqualTo(normal(b.toString()));
    }
    return moved;
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void readsTheHeaderAsTheXmlHasIt(Pair pair) {
    var txt = pair.txt().header();
    var xml = pair.xml().header();
    assertThat(txt.title()).isEqualTo(xml.title());
    assertThat(txt.updated()).isEqualTo(xml.updated());
    assertThat(txt.references()).isEqualTo(xml.references());
    assertThat(txt.experts()).hasSize(1);
    assertThat(normal(txt.experts().get(0))).isEqualTo(normal(xml.experts().get(0)));
    assertThat(txt.notes()).hasSameSizeAs(xml.notes());
    for (int i = 0; i < xml.notes().size(); i++) {
      assertThat(txt.notes().get(i).title()).isEqualTo(xml.notes().get(i).title());
      assertThat(normal(RecordColumns.text(txt.notes().get(i).text())))
          .isEqualTo(normal(RecordColumns.text(xml.notes().get(i).text())));
    }
    assertThat(txt.id()).isEqualTo(xml.id());
    assertThat(txt.category()).as("the page does not show the category").isEmpty();
  }

  /**
   * IDs, URIs and dates come back exactly. Names and organizations that wrap above their ID line
   * are ambiguous as record rows are (they only move between neighbours); an empty {@code <name/>}
   * or {@code <uri/>} reads as none; of two {@code <uri>}s the page shows both on one line, which
   * the reader keeps as one URI.
   */
  @ParameterizedTest
  @MethodSource("pairs")
  void readsTheContactTableAsThePeopleOfTheXml(Pair pair) {
    List<Person> txt = pair.txt().people();
    List<Person> xml = pair.xml().people();
    for (int i = 0; i < xml.size(); i++) {
      Person t = txt.get(i);
      Person x = xml.get(i);
      assertThat(t.id()).isEqualTo(x.id());
      assertThat(t.updated()).as(x.id()).isEqualTo(x.updated());
      assertThat(t.uri().orElse("")).as(x.id()).endsWith(String.join(" ", x.uris()));
    }
    String txtNames = normal(String.join(" ", txt.stream().map(TxtPairsTest::nameAndOrg).toList()));
    String xmlNames = normal(String.join(" ", xml.stream().map(TxtPairsTest::nameAndOrg).toList()));
    assertThat(txtNames).isEqualTo(xmlNames);
  }

  private static String nameAndOrg(Person p) {
    return p.name().orElse("") + " " + p.org().orElse("");
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void readsTheFootnotes(Pair pair) {
    for (int i = 0; i < pair.xml().footnotes().size(); i++) {
      assertThat(pair.txt().footnotes().get(i).anchor())
          .isEqualTo(pair.xml().footnotes().get(i).anchor());
      assertThat(normal(pair.txt().footnotes().get(i).text().plain()))
          .isEqualTo(normal(pair.xml().footnotes().get(i).text().plain()));
    }
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void guessesXrefKindsFromTheirShape(Pair pair) {
    long rfcs = references(pair.txt(), XrefType.RFC);
    assertThat(rfcs).isEqualTo(references(pair.xml(), XrefType.RFC));
    assertThat(references(pair.txt(), XrefType.PERSON)).isZero();
  }

  private static long references(Registry registry, XrefType type) {
    return registry.records().stream()
        .flatMap(r -> r.references().stream())
        .filter(x -> x.type() == type)
        .count();
  }

  private static List<String> columns(ServiceRecord record) {
    return RecordColumns.of(record).stream().map(TxtPairsTest::normal).toList();
  }

  /** The columns as the page shows them: a URI with a text shows its text. */
  private static List<String> shownColumns(ServiceRecord record) {
    List<Xref> shown =
        record.references().stream()
            .map(
                x ->
                    x.type() == XrefType.URI && x.text().isPresent()
                        ? Xref.text(x.text().get())
                        : x)
            .toList();
    return columns(record.toBuilder().references(shown).build());
  }

  private static String normal(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void readsMultiWordNamesWrappedAroundThePortLineWhole(Pair pair) {
    long xmlCount = named(pair.xml(), "Apple Remote Desktop (Net Assistant)");
    assertThat(named(pair.txt(), "Apple Remote Desktop (Net Assistant)")).isEqualTo(xmlCount);
    assertThat(named(pair.txt(), "Escale (Newton Dock)"))
        .isEqualTo(named(pair.xml(), "Escale (Newton Dock)"));
    assertThat(xmlCount).isEqualTo(pair.date().compareTo("2025") < 0 ? 2 : 0);
  }

  private static long named(Registry registry, String name) {
    return registry.records().stream().filter(r -> r.name().equals(Optional.of(name))).count();
  }

  /**
   * Exactly what the text loses on two known records of the newest pair: the newline after {@code
   * <br/><br/>} in whoispp's description, and the URI behind the text {@code TR-352}.
   */
  @org.junit.jupiter.api.Test
  void losesNewlinesAfterLineBreaksAndUrisBehindTheirText() {
    Pair newest = pairs().filter(p -> p.date().equals("2026-08-17")).findFirst().orElseThrow();
    int whoispp = indexOf(newest.xml(), "whoispp");
    assertThat(newest.xml().records().get(whoispp).description().plain())
        .startsWith("whois++\n\n\nIANA assigned");
    assertThat(newest.txt().records().get(whoispp).description().parts())
        .containsExactly(
            new Inline.Text("whois++"),
            new Inline.LineBreak(),
            new Inline.LineBreak(),
            new Inline.Text(
                "IANA assigned this well-formed service name as a replacement for \"whois++\"."));
    int pon = -1;
    for (int i = 0; i < newest.xml().records().size(); i++) {
      if (newest.xml().records().get(i).references().stream()
          .anyMatch(x -> x.text().equals(Optional.of("TR-352")))) {
        pon = i;
        break;
      }
    }
    assertThat(pon).isNotNegative();
    Xref official = newest.xml().records().get(pon).references().get(0);
    assertThat(official.type()).isEqualTo(XrefType.URI);
    assertThat(official.data().orElseThrow()).startsWith("http");
    assertThat(newest.txt().records().get(pon).references().get(0)).isEqualTo(Xref.text("TR-352"));
  }

  private static int indexOf(Registry registry, String name) {
    for (int i = 0; i < registry.records().size(); i++) {
      if (registry.records().get(i).name().equals(Optional.of(name))) {
        return i;
      }
    }
    throw new AssertionError("no record named " + name);
  }
}
