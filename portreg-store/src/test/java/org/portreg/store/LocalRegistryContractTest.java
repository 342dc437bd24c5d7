package org.portreg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portreg.error.ConflictException;
import org.portreg.error.NotFoundException;
import org.portreg.local.Acknowledgement;
import org.portreg.local.LocalAssignment;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;
import org.portreg.workflow.AuditEntry;

/** The local registry's contract, run on SQLite and on the real PostgreSQL. */
abstract class LocalRegistryContractTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC);

  String url;
  Store store;

  abstract String createDatabase();

  abstract void dropDatabase(String url);

  @BeforeEach
  void open() {
    url = createDatabase();
    store = Store.open(url, CLOCK, SortKeys.DEFAULT_GAP);
  }

  @AfterEach
  void close() {
    store.close();
    dropDatabase(url);
  }

  static LocalAssignment entry(String name, String ports, Transport... transports) {
    return LocalAssignment.of(name, Optional.of(PortRange.parse(ports)), Set.of(transports), "sre");
  }

  private List<AuditEntry> audit() {
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url)) {
      return new AuditLog(Statements.load(Dialect.of(url))).recent(c, 100);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void addsListsFindsAndRemovesWithHistoryAndAudit() {
    LocalAssignment added = store.local().add(entry("orders", "7124", Transport.TCP), "ann", "new");

    assertThat(added.since()).contains(LocalDate.of(2026, 12, 3));
    assertThat(store.local().current()).containsExactly(added);
    assertThat(store.local().find("ORDERS")).contains(added);

    store.local().remove("orders", "ann", "moved to k8s");

    assertThat(store.local().current()).isEmpty();
    List<LocalVersion> history = store.local().history("orders");
    assertThat(history).hasSize(1);
    assertThat(history.get(0).validTo()).contains(CLOCK.instant());
    assertThat(history.get(0).changedBy()).isEqualTo("ann");
    assertThat(audit())
        .extracting(AuditEntry::action, AuditEntry::target, AuditEntry::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("LOCAL_REMOVE", "local/orders", "moved to k8s"),
            org.assertj.core.groups.Tuple.tuple("LOCAL_ADD", "local/orders", "new"));
    assertThatThrownBy(() -> store.local().remove("orders", "ann", "again"))
        .isInstanceOf(NotFoundException.class);
    store.local().add(entry("orders", "7125", Transport.TCP), "ann", "back");
    assertThat(store.local().history("orders")).hasSize(2);
  }

  @Test
  void refusesATakenNameOrAnOverlappingPort() {
    store.local().add(entry("orders", "7100-7110", Transport.TCP), "ann", "first");

    assertThatThrownBy(
            () -> store.local().add(entry("Orders", "7200", Transport.TCP), "bob", "second"))
        .isInstanceOf(ConflictException.class)
        .hasMessage("local assignment 'orders' already exists");
    assertThatThrownBy(
            () -> store.local().add(entry("billing", "7105", Transport.TCP), "bob", "second"))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "local assignment 'orders' already holds 7100-7110/tcp, which overlaps billing 7105/tcp");
    store.local().add(entry("billing", "7105", Transport.UDP), "bob", "other transport");
    assertThat(store.local().current()).hasSize(2);
  }

  @Test
  void importsAllOrNothing() {
    List<LocalAssignment> clash =
        List.of(entry("a-svc", "7001", Transport.TCP), entry("b-svc", "7001", Transport.TCP));

    assertThatThrownBy(() -> store.local().importAll(clash, "ann", "import"))
        .isInstanceOf(ConflictException.class);
    assertThat(store.local().current()).isEmpty();
    store.local().importAll(List.of(entry("a-svc", "7001", Transport.TCP)), "ann", "import");
    assertThat(store.local().current()).hasSize(1);
  }

  @Test
  void acknowledgementsAreStoredAndAudited() {
    store.local().add(entry("sensor-feed", "7123", Transport.UDP), "ann", "new");

    store
        .local()
        .acknowledge(new Acknowledgement("sensor-feed", "iana:snif:7123/udp", "lab only"), "ann");

    assertThat(store.local().acknowledgements())
        .containsExactly(new Acknowledgement("sensor-feed", "iana:snif:7123/udp", "lab only"));
    assertThat(audit().get(0).action()).isEqualTo("LOCAL_ACKNOWLEDGE");
    assertThat(audit().get(0).reason()).isEqualTo("lab only");
    assertThatThrownBy(
            () -> store.local().acknowledge(new Acknowledgement("nope", "k", "r"), "ann"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void twentyRacingAddsOfOnePortHaveExactlyOneWinner() throws Exception {
    int racers = 20;
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    try {
      for (int i = 0; i < racers; i++) {
        LocalAssignment e = entry("racer" + i, i % 2 == 0 ? "7300" : "7290-7310", Transport.TCP);
        Callable<Boolean> add =
            () -> {
              start.await();
              try {
                store.local().add(e, "racer", "race");
                return true;
              } catch (ConflictException lost) {
                return false;
              }
            };
        results.add(pool.submit(add));
      }
      start.countDown();
      int wins = 0;
      for (Future<Boolean> r : results) {
        wins += r.get(5, TimeUnit.MINUTES) ? 1 : 0;
      }
      assertThat(wins).isEqualTo(1);
      assertThat(store.local().current()).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
