package org.portreg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.portreg.history.Change;
import org.portreg.history.FieldChange;
import org.portreg.history.HistoryQuery;
import org.portreg.io.Registries;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.model.XrefType;
import org.portreg.rules.PortSpace;
import org.portreg.testing.SharedData;
import org.portreg.workflow.AssignmentRequest;
import org.portreg.workflow.Contact;
import org.portreg.workflow.PortChoice;
import org.portreg.workflow.RequestValidator;
import org.portreg.workflow.Violation;

/**
 * The store on the real history: all 42 registry versions of {@code ../shared/data/iana/history},
 * imported once per class. Subclasses run it against each real database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RealHistoryContractTest {
  private static final PortChoice ANY = new PortChoice.Any(PortSpace.USER);
  private String url;
  private Store store;
  private List<Path> files;

  abstract String createDatabase();

  abstract void dropDatabase(String url);

  @BeforeAll
  void importWholeHistory() {
    files = SharedData.historyFiles();
    url = createDatabase();
    store = Store.open(url);
    for (Path file : files) {
      store.importRegistry(Registries.read(file), file.getFileName().toString());
    }
  }

  @AfterAll
  void closeStore() {
    if (store != null) {
      store.close();
      dropDatabase(url);
    }
  }

  @Test
  void storesEveryVersionUnderItsDateWithItsRecordCount() {
    Map<String, Integer> counts = indexedRecordCounts();

    assertThat(store.versions()).hasSize(42);
    for (StoredVersion version : store.versions()) {
      assertThat(version.records())
          .as("records of %s", version.updated())
          .isEqualTo(counts.get(version.updated().toString()));
      assertThat(version.source()).isEqualTo(version.updated() + ".xml.gz");
    }
  }

  /**
   * The store's diff, which parses only the rows two versions do not share, equals the diff of the
   * two whole registries: every consecutive pair, both ways, pairs five versions apart both ways,
   * and the first with the last both ways; read through a second store opened as a command opens it
   * (direct connections, nothing cached), and from the store's part table outside the database.
   */
  @Test
  void diffsOfStoredVersionsEqualTheDiffsOfTheWholeRegistries() {
    List<StoredVersion> versions = store.versions();
    List<StoredVersion[]> pairs = new java.util.ArrayList<>();
    for (int i = 1; i < versions.size(); i++) {
      pairs.add(new StoredVersion[] {versions.get(i - 1), versions.get(i)});
      pairs.add(new StoredVersion[] {versions.get(i), versions.get(i - 1)});
    }
    for (int i = 5; i < versions.size(); i += 3) {
      pairs.add(new StoredVersion[] {versions.get(i - 5), versions.get(i)});
      pairs.add(new StoredVersion[] {versions.get(i), versions.get(i - 5)});
    }
    pairs.add(new StoredVersion[] {versions.get(0), versions.get(versions.size() - 1)});
    pairs.add(new StoredVersion[] {versions.get(versions.size() - 1), versions.get(0)});
    int fromUnshared = 0;
    try (Store command = Store.openForCommand(url);
        java.sql.Connection c = java.sql.DriverManager.getConnection(url)) {
      Statements sql = Statements.load(Dialect.of(url));
      PartTable parts = command.parts();
      for (StoredVersion[] pair : pairs) {
        org.portreg.diff.Diff whole =
            org.portreg.diff.RegistryDiff.compare(store.registry(pair[0]), store.registry(pair[1]));
        assertThat(command.diff(pair[0], pair[1]))
            .as("diff %s -> %s", pair[0].updated(), pair[1].updated())
            .isEqualTo(whole);
        var unshared = VersionDiff.fromUnshared(c, sql, new Snapshots(sql), pair[0], pair[1]);
        if (unshared.isPresent()) {
          assertThat(unshared.get())
              .as("diff %s -> %s from the unshared rows", pair[0].updated(), pair[1].updated())
              .isEqualTo(whole);
          fromUnshared++;
        }
        assertThat(PartTable.diff(parts, pair[0].id(), pair[1].id()))
            .as("diff %s -> %s from the part table", pair[0].updated(), pair[1].updated())
            .isEqualTo(whole);
      }
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
    // Most pairs are told from their unshared rows alone; the others (a record or person whose
    // text changed but not its value) by the whole comparison.
    assertThat(fromUnshared).isGreaterThan(pairs.size() * 2 / 3);
  }

  @Test
  void exportsEveryVersionByteForByte() {
    for (Path file : files) {
      LocalDate date = LocalDate.parse(file.getFileName().toString().substring(0, 10));
      byte[] exported = store.exportXml(date).orElseThrow().getBytes(StandardCharsets.UTF_8);
      assertThat(exported).as("export of %s", date).isEqualTo(gunzip(file));
    }
  }

  @Test
  void keepsChangedPartsOnlyNotACopyPerVersion() {
    Registry newest = store.current().orElseThrow();
    int partsOfOneVersion = newest.spelling().orElseThrow().size();

    // 42 full copies would be 42 times one version; the changes over the history add a few %.
    assertThat(store.countParts())
        .isBetween((long) partsOfOneVersion, partsOfOneVersion * 11L / 10);
  }

  @Test
  void roughtimeAppearsOnTcpAndUdpWithThe20260327Version() {
    List<Change> changes = store.history(HistoryQuery.parse("roughtime"));

    assertThat(changes).hasSize(2);
    assertThat(changes)
        .allSatisfy(
            c -> {
              assertThat(c.kind()).isEqualTo(Change.Kind.ADDED);
              assertThat(c.date()).isEqualTo(LocalDate.of(2026, 3, 27));
              assertThat(c.record().number().orElseThrow().first()).isEqualTo(5319);
            });
    assertThat(changes)
        .extracting(c -> c.record().protocol().orElseThrow())
        .containsExactly(Transport.TCP, Transport.UDP);
    assertThat(names(store.asOf(LocalDate.of(2026, 3, 26)).orElseThrow()))
        .doesNotContain("roughtime");
    assertThat(names(store.asOf(LocalDate.of(2026, 3, 27)).orElseThrow())).contains("roughtime");
  }

  @Test
  void theRecordRowsGiveEveryHistoryTheStoreGives() {
    List<RecordRow> rows = store.recordRows();
    Map<Integer, LocalDate> dates = new HashMap<>();
    store.versions().forEach(v -> dates.put(v.id(), v.updated()));
    List<String> queries =
        new ArrayList<>(List.of("roughtime", "546", "547", "5319/tcp", "24601/udp"));
    for (int i = 0; i < rows.size(); i += 97) {
      RecordRow row = rows.get(i);
      if (row.nameKey() != null) {
        queries.add(row.nameKey().toUpperCase(Locale.ROOT));
      }
      if (row.portLow() != null) {
        queries.add(row.portHigh() + (row.transport() == null ? "" : "/" + row.transport()));
      }
    }
    assertThat(queries).hasSizeGreaterThan(200);
    for (String text : queries) {
      HistoryQuery query = HistoryQuery.parse(text);
      List<RecordRow> selected = rows.stream().filter(r -> r.matches(query)).toList();
      assertThat(RecordHistory.changes(dates, selected))
          .as(text)
          .isEqualTo(store.history(query))
          .isNotEmpty();
    }
  }

  @Test
  void validatesFromTheRowsAsAgainstTheWholeRegistry() {
    Registry current = store.current().orElseThrow();
    List<AssignmentRequest> requests = new ArrayList<>();
    List<ServiceRecord> records = current.records();
    for (int i = 0; i < records.size(); i += 37) {
      ServiceRecord r = records.get(i);
      Set<Transport> transports =
          r.protocol().map(Set::of).orElse(Set.of(Transport.TCP, Transport.UDP, Transport.DCCP));
      String name = r.serviceName().orElse("free-name-" + i);
      AssignmentRequest.Builder request =
          WorkflowContractTest.request(i % 2 == 0 ? name : name.toUpperCase(Locale.ROOT), ANY)
              .transports(transports)
              .congestionControl("TFRC");
      if (transports.contains(Transport.DCCP)) {
        request.serviceCode(i);
      }
      if (i % 3 == 0 && !r.assigneeIds().isEmpty()) {
        request.assignee(Contact.of(r.assigneeIds().get(0), "Someone", "someone@example.org"));
      }
      r.number().ifPresent(n -> requests.add(request.port(n.last()).build()));
      requests.add(request.port(ANY).build());
    }
    for (ServiceRecord r : records) {
      r.serviceCode()
          .filter(code -> code.strip().matches("\\d+"))
          .ifPresent(
              code ->
                  requests.add(
                      WorkflowContractTest.request("dccp-code-" + code, ANY)
                          .transports(Transport.DCCP)
                          .serviceCode(Long.parseLong(code.strip()))
                          .build()));
    }
    assertThat(requests).hasSizeGreaterThan(700);
    int violations = 0;
    for (AssignmentRequest request : requests) {
      List<Violation> expected = RequestValidator.validate(request, current);
      assertThat(store.registrar().validate(request)).as(request.toString()).isEqualTo(expected);
      violations += expected.size();
    }
    assertThat(violations).as("the requests break rules").isGreaterThan(300);
  }

  @Test
  void dhcpv6ReferencesMoveFromTheDraftToRfc9915With20260202() {
    for (String port : List.of("546", "547")) {
      List<Change> changes =
          store.history(HistoryQuery.parse(port)).stream()
              .filter(c -> c.date().isAfter(LocalDate.of(2026, 1, 23)))
              .filter(c -> c.kind() == Change.Kind.CHANGED)
              .toList();
      // Only the udp records carry the draft; the tcp ones keep their own references.
      assertThat(changes).as("changes of %s since 2026-01-23", port).hasSize(1);
      assertThat(changes)
          .allSatisfy(
              c -> {
                assertThat(c.date()).isEqualTo(LocalDate.of(2026, 2, 2));
                assertThat(c.fields()).hasSize(1);
                FieldChange reference = c.fields().get(0);
                assertThat(reference.field()).isEqualTo("Reference");
                assertThat(reference.before()).matches("\\[RFC-ietf-dhc-rfc8415bis-\\d+\\]");
                assertThat(reference.after()).isEqualTo("[RFC9915]");
                assertThat(c.record().protocol()).contains(Transport.UDP);
                assertThat(c.before().orElseThrow().references().get(0).type())
                    .isEqualTo(XrefType.DRAFT);
              });
    }
  }

  @Test
  void expertTextLosesJanaIyengarWithThe20260504Version() {
    Registry before = store.asOf(LocalDate.of(2026, 5, 3)).orElseThrow();
    Registry after = store.asOf(LocalDate.of(2026, 5, 4)).orElseThrow();

    assertThat(before.header().updated().toString()).isEqualTo("2026-04-30");
    assertThat(String.join("\n", before.header().experts())).contains("Jana Iyengar");
    assertThat(String.join("\n", after.header().experts()))
        .doesNotContain("Jana Iyengar")
        .contains("Michael Scharf");
  }

  @Test
  void asOfADateBetweenVersionsIsTheEarlierVersionAsPublished() {
    Registry expected = Registries.read(SharedData.history("2025-09-29"));

    assertThat(store.asOf(LocalDate.of(2025, 10, 15))).contains(expected);
    assertThat(store.asOf(LocalDate.of(2024, 3, 17))).isEmpty();
  }

  private static List<String> names(Registry registry) {
    return registry.records().stream()
        .map(ServiceRecord::serviceName)
        .flatMap(java.util.Optional::stream)
        .toList();
  }

  private static Map<String, Integer> indexedRecordCounts() {
    Map<String, Integer> counts = new HashMap<>();
    Path index = SharedData.iana().resolve("history").resolve("INDEX.tsv");
    try {
      for (String line : Files.readAllLines(index).subList(1, 43)) {
        String[] columns = line.split("\t");
        counts.put(columns[0], Integer.parseInt(columns[4]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counts;
  }

  private static byte[] gunzip(Path file) {
    try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
