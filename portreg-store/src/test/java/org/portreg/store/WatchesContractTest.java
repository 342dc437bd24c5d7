package org.portreg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.portreg.error.NotFoundException;
import org.portreg.io.Registries;
import org.portreg.model.Registry;
import org.portreg.model.Transport;
import org.portreg.notify.OutgoingMessage;
import org.portreg.testing.SharedData;
import org.portreg.workflow.PortChoice;
import org.portreg.workflow.RequestAction;
import org.portreg.workflow.Role;
import org.portreg.workflow.StoredRequest;
import org.portreg.workflow.User;

/**
 * Saved watches: deliveries written with the version that causes them (and not when it rolls back),
 * claimed by one sender at a time, disabled after {@link Watches#MAX_FAILURES} failures in a row
 * with a notice in the outbox. Subclasses run it against each real database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WatchesContractTest {
  private final NotificationsContractTest.MovableClock clock =
      new NotificationsContractTest.MovableClock();
  String url;
  Store store;
  Watches watches;
  User applicant;
  User expert;
  User admin;

  abstract String createDatabase();

  abstract void dropDatabase(String url);

  @BeforeAll
  void importNewestRegistryAndAddUsers() {
    url = createDatabase();
    store = Store.open(url, clock, SortKeys.DEFAULT_GAP);
    store.importRegistry(Registries.read(SharedData.newestXml()), "newest.xml");
    Accounts accounts = store.accounts();
    applicant =
        accounts.createUser(
            WorkflowContractTest.user("ann", Set.of(Role.APPLICANT), Set.of()), "test");
    expert =
        accounts.createUser(
            WorkflowContractTest.user("eve", Set.of(Role.EXPERT), Set.of(Transport.TCP)), "test");
    admin =
        accounts.createUser(WorkflowContractTest.user("ada", Set.of(Role.ADMIN), Set.of()), "test");
    watches = store.watches();
  }

  @AfterAll
  void closeStore() {
    if (store != null) {
      store.close();
      dropDatabase(url);
    }
  }

  /** Assigns a fresh name: a new registry version with one added record. */
  private String assignFresh(String name) {
    StoredRequest r =
        store
            .registrar()
            .submit(
                WorkflowContractTest.request(name, PortChoice.anyUserPort()).build(), applicant);
    store.registrar().act(r.id(), RequestAction.APPROVE, expert, "fine");
    store.registrar().act(r.id(), RequestAction.ASSIGN, admin, "assigned");
    return name;
  }

  private long webhook(String query) {
    return watches.add(applicant, query, Optional.of("https://hooks.example/x")).watch().id();
  }

  @Test
  void aNewVersionQueuesADeliveryForEachMatchingWatchOnly() {
    String name = WorkflowContractTest.freshName() + "-w";
    long matching = webhook(name);
    long other = webhook("name:zz-nothing-matches-this");
    long email = watches.add(applicant, name, Optional.empty()).watch().id();
    long sentBefore = store.notifications().unsent();
    assignFresh(name);
    List<WatchDelivery> queued = watches.deliveries(matching);
    assertThat(queued).singleElement().satisfies(d -> assertThat(d.changes()).isEqualTo(1));
    assertThat(queued.get(0).state()).isEqualTo("pending");
    assertThat(watches.deliveries(other)).isEmpty();
    assertThat(watches.deliveries(email)).isEmpty();
    assertThat(store.notifications().unsent()).isGreaterThan(sentBefore);
    List<OutgoingMessage> mail = store.notifications().claim("t", 1000, Duration.ofMinutes(5));
    assertThat(mail)
        .anySatisfy(
            m ->
                assertThat(m.message().subject())
                    .isEqualTo(
                        "[portreg] Watch #" + email + ": 1 change(s) matching '" + name + "'"));
    mail.forEach(m -> store.notifications().markSent(m.id(), "t"));
    List.of(matching, other, email).forEach(id -> watches.remove(id, applicant));
  }

  @Test
  void aRolledBackVersionQueuesNothing() {
    String name = WorkflowContractTest.freshName() + "-r";
    long id = webhook(name);
    Registry before = store.current().orElseThrow();
    assignFresh(name);
    Registry after = store.current().orElseThrow();
    watches.deliveries(id).forEach(d -> assertThat(d.state()).isEqualTo("pending"));
    int queued = watches.deliveries(id).size();
    Dialect dialect = Dialect.of(url);
    Statements sql = Statements.load(dialect);
    try (var pool = Database.open(url, dialect, true)) {
      Transactions db = new Transactions(pool, sql, url);
      WatchQueue queue = new WatchQueue(sql, new Outbox(sql, clock), clock);
      assertThatThrownBy(
              () ->
                  db.write(
                      "fail",
                      c -> {
                        queue.versionStored(c, () -> before, after);
                        throw new IllegalStateException("rolled back");
                      }))
          .hasMessage("rolled back");
    }
    assertThat(watches.deliveries(id)).hasSize(queued);
    watches.remove(id, applicant);
  }

  @Test
  void concurrentClaimsNeverShareADelivery() throws Exception {
    String name = WorkflowContractTest.freshName() + "-c";
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      ids.add(webhook(name));
    }
    assignFresh(name);
    List<Long> claimed = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        String worker = "w" + w;
        done.add(
            pool.submit(
                () -> {
                  List<ClaimedDelivery> batch;
                  while (!(batch = watches.claim(worker, 2, Duration.ofMinutes(5))).isEmpty()) {
                    batch.forEach(
                        d -> {
                          claimed.add(d.id());
                          watches.delivered(d, worker, 200);
                        });
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(claimed).hasSize(8).doesNotHaveDuplicates();
    ids.forEach(id -> watches.remove(id, applicant));
  }

  @Test
  void repeatedFailuresDisableTheWatchAndQueueANotice() {
    String name = WorkflowContractTest.freshName() + "-f";
    long id = webhook(name);
    assignFresh(name);
    for (int i = 1; i <= Watches.MAX_FAILURES; i++) {
      clock.advance(Duration.ofDays(2));
      List<ClaimedDelivery> batch = watches.claim("f", 10, Duration.ofMinutes(5));
      assertThat(batch).as("attempt " + i).singleElement();
      assertThat(batch.get(0).attempts()).isEqualTo(i - 1);
      boolean disabled = watches.failed(batch.get(0), "f", 500, "HTTP 500", Duration.ofDays(1));
      assertThat(disabled).isEqualTo(i == Watches.MAX_FAILURES);
    }
    Watch watch = watches.get(id, applicant);
    assertThat(watch.active()).isFalse();
    assertThat(watches.deliveries(id).get(0).state()).isEqualTo("failed");
    clock.advance(Duration.ofDays(2));
    assertThat(watches.claim("f", 10, Duration.ofMinutes(5))).isEmpty();
    List<OutgoingMessage> mail = store.notifications().claim("t", 1000, Duration.ofMinutes(5));
    assertThat(mail)
        .anySatisfy(
            m -> {
              assertThat(m.message().to()).isEqualTo("ann@example.org");
              assertThat(m.message().subject())
                  .isEqualTo("[portreg] Watch #" + id + " disabled after 8 failed deliveries");
            });
    mail.forEach(m -> store.notifications().markSent(m.id(), "t"));
  }

  @Test
  void ownersAloneSeeAndRemoveTheirWatchesAndAnAdminMayRemoveAny() {
    long id = webhook("ssh");
    assertThat(watches.of("ann")).extracting(Watch::id).contains(id);
    assertThatThrownBy(() -> watches.get(id, expert)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> watches.remove(id, expert)).isInstanceOf(NotFoundException.class);
    assertThat(watches.get(id, admin).owner()).isEqualTo("ann");
    watches.remove(id, admin);
    assertThat(watches.of("ann")).extracting(Watch::id).doesNotContain(id);
  }
}
