package org.portreg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.portreg.store.Fixtures.parse;
import static org.portreg.store.Fixtures.record;
import static org.portreg.store.Fixtures.xml;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portreg.error.ConflictException;
import org.portreg.history.Change;
import org.portreg.history.FieldChange;
import org.portreg.history.HistoryQuery;
import org.portreg.model.Transport;

/**
 * The store's contract, on small inline registries. Subclasses run it against each real database.
 */
abstract class StoreContractTest {
  static final String ALPHA = record("alpha", "tcp", "1000", "Alpha");
  static final String BETA = record("beta", "tcp", "1001", "Beta");
  static final String GAMMA = record("gamma", "udp", "1002", "Gamma");
  static final String DELTA = record("delta", "tcp", "1003", "Delta");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

  private String url;
  private Store store;

  /** A URL of an empty database of this backend. */
  abstract String createDatabase();

  /** Removes what {@link #createDatabase} made. */
  abstract void dropDatabase(String url);

  @BeforeEach
  void openStore() {
    url = createDatabase();
    store = Store.open(url, CLOCK, SortKeys.DEFAULT_GAP);
  }

  @AfterEach
  void closeStore() {
    store.close();
    dropDatabase(url);
  }

  @Test
  void newStoreHasNoVersions() {
    assertThat(store.versions()).isEmpty();
    assertThat(store.current()).isEmpty();
    assertThat(store.asOf(LocalDate.of(2026, 1, 1))).isEmpty();
    assertThat(store.history(HistoryQuery.parse("alpha"))).isEmpty();
  }

  @Test
  void aServerKeyIsMadeOnceAndSharedByEveryStoreOnTheDatabase() throws Exception {
    byte[] signIn = store.serverKeys().key("sign-in");

    assertThat(signIn).hasSize(ServerKeys.LENGTH).isNotEqualTo(new byte[ServerKeys.LENGTH]);
    assertThat(store.serverKeys().key("sign-in")).isEqualTo(signIn);
    assertThat(store.serverKeys().key("other")).hasSize(ServerKeys.LENGTH).isNotEqualTo(signIn);
    // Two more instances asking at once for a purpose nobody asked for yet agree on one key.
    try (Store second = Store.open(url, CLOCK, SortKeys.DEFAULT_GAP);
        Store third = Store.open(url, CLOCK, SortKeys.DEFAULT_GAP)) {
      assertThat(second.serverKeys().key("sign-in")).isEqualTo(signIn);
      var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
      try {
        var a = pool.submit(() -> second.serverKeys().key("race"));
        var b = pool.submit(() -> third.serverKeys().key("race"));
        assertThat(a.get()).isEqualTo(b.get()).isEqualTo(store.serverKeys().key("race"));
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void rateBucketsAreSharedByEveryStoreOnTheDatabaseAndRefillWithTime() {
    // 2 a minute, bursts of 3: three takes pass, the fourth waits 30 s, on any instance.
    for (int i = 0; i < 3; i++) {
      assertThat(store.rateBuckets().take("sign-in", "10.0.0.1|ada", 2, 3)).isZero();
    }
    try (Store second = Store.open(url, CLOCK, SortKeys.DEFAULT_GAP);
        Store later =
            Store.open(
                url, Clock.offset(CLOCK, java.time.Duration.ofSeconds(30)), SortKeys.DEFAULT_GAP)) {
      assertThat(second.rateBuckets().take("sign-in", "10.0.0.1|ada", 2, 3)).isEqualTo(30_000);
      assertThat(second.rateBuckets().take("sign-in", "10.0.0.2|ada", 2, 3)).isZero();
      assertThat(second.rateBuckets().take("writes", "10.0.0.1|ada", 2, 3)).isZero();
      // 30 s later one token is back: one take passes, the next waits another 30 s.
      assertThat(later.rateBuckets().take("sign-in", "10.0.0.1|ada", 2, 3)).isZero();
      assertThat(later.rateBuckets().take("sign-in", "10.0.0.1|ada", 2, 3)).isEqualTo(30_000);
    }
  }

  @Test
  void exportsAnImportedVersionCharacterForCharacter() {
    String text = xml("2026-01-01", "Ann", ALPHA, BETA);
    ImportResult result = store.importRegistry(parse(text), "one.xml");

    assertThat(result.imported()).isTrue();
    assertThat(result.version().records()).isEqualTo(2);
    assertThat(result.version().source()).isEqualTo("one.xml");
    assertThat(result.version().importedAt()).isEqualTo(CLOCK.instant());
    assertThat(store.exportXml(LocalDate.of(2026, 1, 1))).contains(text);
    assertThat(store.version(LocalDate.of(2026, 1, 1))).contains(parse(text));
  }

  @Test
  void olderHistoryReplacesABundledSeedButNothingElse() {
    String seed = xml("2026-02-01", "Ann", ALPHA);
    store.importRegistry(parse(seed), "bundled:service-names-port-numbers.xml.gz");

    store.importRegistry(parse(xml("2026-01-01", "Ann", BETA)), "old.xml");
    store.importRegistry(parse(seed), "new.xml");

    assertThat(store.versions())
        .extracting(StoredVersion::source)
        .containsExactly("old.xml", "new.xml");
    assertThat(store.exportXml(LocalDate.of(2026, 2, 1))).contains(seed);
    assertThat(store.history(HistoryQuery.parse("beta"))).hasSize(2);
    assertThatThrownBy(() -> store.importRegistry(parse(xml("2025-12-01", "Ann", BETA)), "x"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("older than the newest stored version");
  }

  @Test
  void importingTheSameVersionAgainChangesNothing() {
    String text = xml("2026-01-01", "Ann", ALPHA);
    store.importRegistry(parse(text), "first.xml");
    long parts = store.countParts();

    ImportResult again = store.importRegistry(parse(text), "second.xml");

    assertThat(again.imported()).isFalse();
    assertThat(again.version().source()).isEqualTo("first.xml");
    assertThat(store.versions()).hasSize(1);
    assertThat(store.countParts()).isEqualTo(parts);
  }

  @Test
  void refusesAnOlderVersionAndKeepsTheStoreAsItWas() {
    store.importRegistry(parse(xml("2026-02-01", "Ann", ALPHA)), "new.xml");
    long parts = store.countParts();

    assertThatThrownBy(() -> store.importRegistry(parse(xml("2026-01-01", "Ann", BETA)), "old"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("2026-01-01 is older than the newest stored version (2026-02-01)");
    assertThat(store.versions())
        .extracting(StoredVersion::updated)
        .containsExactly(LocalDate.of(2026, 2, 1));
    assertThat(store.countParts()).isEqualTo(parts);
  }

  @Test
  void refusesOtherContentUnderAStoredDate() {
    store.importRegistry(parse(xml("2026-02-01", "Ann", ALPHA)), "a.xml");

    assertThatThrownBy(() -> store.importRegistry(parse(xml("2026-02-01", "Ann", BETA)), "b"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("already holds a different registry dated 2026-02-01")
        .hasMessageContaining("b (sha256 ")
        .hasMessageContaining("differs from stored version 1 (from a.xml, sha256 ");
  }

  @Test
  void skipsAnOlderVersionStoredWithTheSameContent() {
    String older = xml("2026-01-01", "Ann", ALPHA);
    store.importRegistry(parse(older), "old.xml");
    store.importRegistry(parse(xml("2026-02-01", "Ann", ALPHA, BETA)), "new.xml");
    long parts = store.countParts();

    ImportResult again = store.importRegistry(parse(older), "old-again.xml");

    assertThat(again.imported()).isFalse();
    assertThat(again.version().updated()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(again.version().source()).isEqualTo("old.xml");
    assertThat(store.countParts()).isEqualTo(parts);
  }

  @Test
  void refusesAnOlderVersionStoredWithOtherContentNamingBoth() {
    store.importRegistry(parse(xml("2026-01-01", "Ann", ALPHA)), "old.xml");
    store.importRegistry(parse(xml("2026-02-01", "Ann", ALPHA, BETA)), "new.xml");

    assertThatThrownBy(() -> store.importRegistry(parse(xml("2026-01-01", "Ann", BETA)), "b.xml"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("already holds a different registry dated 2026-01-01: b.xml")
        .hasMessageContaining("differs from stored version 1 (from old.xml, sha256 ");
  }

  @Test
  void answersAsOfAnyDateWithTheVersionInForce() {
    String first = xml("2026-01-10", "Ann", ALPHA);
    String second = xml("2026-01-20", "Ann", ALPHA, BETA);
    store.importRegistry(parse(first), "1");
    store.importRegistry(parse(second), "2");

    assertThat(store.asOf(LocalDate.of(2026, 1, 9))).isEmpty();
    assertThat(store.asOf(LocalDate.of(2026, 1, 10))).contains(parse(first));
    assertThat(store.asOf(LocalDate.of(2026, 1, 19))).contains(parse(first));
    assertThat(store.asOf(LocalDate.of(2026, 1, 20))).contains(parse(second));
    assertThat(store.current()).contains(parse(second));
    assertThat(store.version(LocalDate.of(2026, 1, 15))).isEmpty();
  }

  @Test
  void storesOnlyThePartsThatChange() {
    store.importRegistry(parse(xml("2026-01-01", "Ann", ALPHA, BETA, GAMMA)), "1");
    long parts = store.countParts();

    String changedBeta = record("beta", "tcp", "1001", "Beta, renamed");
    ImportResult result =
        store.importRegistry(parse(xml("2026-01-02", "Ann", ALPHA, changedBeta, GAMMA)), "2");

    // The <updated> element and the one record changed; everything else lives on.
    assertThat(result.partsAdded()).isEqualTo(2);
    assertThat(result.partsClosed()).isEqualTo(2);
    assertThat(store.countParts()).isEqualTo(parts + 2);
  }

  @Test
  void keepsRegistryOrderThroughInsertionsMovesAndRemovals() {
    List<String> versions =
        List.of(
            xml("2026-01-01", "Ann", ALPHA, BETA, GAMMA),
            xml("2026-01-02", "Ann", DELTA, ALPHA, BETA, GAMMA),
            xml("2026-01-03", "Ann", DELTA, ALPHA, GAMMA, BETA),
            xml("2026-01-04", "Bob", GAMMA, ALPHA),
            xml("2026-01-05", "Bob", GAMMA, BETA, DELTA, ALPHA, BETA));
    versions.forEach(v -> store.importRegistry(parse(v), "v"));

    for (String version : versions) {
      LocalDate date = parse(version).header().updated().earliest();
      assertThat(store.exportXml(date)).as("version %s", date).contains(version);
    }
  }

  @Test
  void renumbersSortKeysWhenAGapIsUsedUpAndKeepsEveryVersion() {
    store.close();
    store = Store.open(url, CLOCK, 2);
    List<String> versions =
        List.of(
            xml("2026-01-01", "Ann", ALPHA, DELTA),
            xml("2026-01-02", "Ann", ALPHA, BETA, DELTA),
            xml("2026-01-03", "Ann", ALPHA, BETA, GAMMA, DELTA),
            xml("2026-01-04", "Ann", ALPHA, GAMMA, BETA, GAMMA, DELTA));
    versions.forEach(v -> store.importRegistry(parse(v), "v"));

    for (String version : versions) {
      LocalDate date = parse(version).header().updated().earliest();
      assertThat(store.exportXml(date)).as("version %s", date).contains(version);
    }
  }

  @Test
  void historyOfANameShowsWhenItAppearedChangedAndWasRemoved() {
    store.importRegistry(parse(xml("2026-01-01", "Ann", ALPHA)), "1");
    store.importRegistry(parse(xml("2026-01-02", "Ann", ALPHA, BETA)), "2");
    String newBeta = record("beta", "tcp", "1001", "Beta v2");
    store.importRegistry(parse(xml("2026-01-03", "Ann", ALPHA, newBeta)), "3");
    store.importRegistry(parse(xml("2026-01-04", "Ann", ALPHA)), "4");

    List<Change> changes = store.history(HistoryQuery.parse("BETA"));

    assertThat(changes)
        .extracting(Change::date, Change::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 1, 2), Change.Kind.ADDED),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 1, 3), Change.Kind.CHANGED),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 1, 4), Change.Kind.REMOVED));
    assertThat(changes.get(1).fields())
        .containsExactly(new FieldChange("Description", "Beta", "Beta v2"));
    assertThat(changes.get(2).record().serviceName()).contains("beta");
  }

  @Test
  void historyOfAPortCanBeLimitedToATransport() {
    String alphaUdp = record("alpha", "udp", "1000", "Alpha");
    store.importRegistry(parse(xml("2026-01-01", "Ann", ALPHA)), "1");
    store.importRegistry(parse(xml("2026-01-02", "Ann", ALPHA, alphaUdp)), "2");

    assertThat(store.history(HistoryQuery.parse("1000"))).hasSize(2);
    List<Change> udp = store.history(HistoryQuery.parse("1000/UDP"));
    assertThat(udp)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(Change.Kind.ADDED);
              assertThat(c.date()).isEqualTo(LocalDate.of(2026, 1, 2));
              assertThat(c.record().protocol()).contains(Transport.UDP);
            });
  }

  @Test
  void keepsEverythingWhenReopened() {
    String text = xml("2026-01-01", "Ann", ALPHA);
    store.importRegistry(parse(text), "1");
    store.close();

    store = Store.open(url);

    assertThat(store.versions()).hasSize(1);
    assertThat(store.current()).contains(parse(text));
  }
}
