package org.portreg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.portreg.error.NotFoundException;
import org.portreg.io.Registries;
import org.portreg.model.Transport;
import org.portreg.notify.NotifyPreference;
import org.portreg.notify.OutgoingMessage;
import org.portreg.notify.RequestStep;
import org.portreg.testing.SharedData;
import org.portreg.workflow.Modification;
import org.portreg.workflow.PortChoice;
import org.portreg.workflow.RequestAction;
import org.portreg.workflow.RequestState;
import org.portreg.workflow.Role;
import org.portreg.workflow.StoredRequest;
import org.portreg.workflow.User;

/**
 * The outbox: messages written with the change that causes them, claimed once, retried when due;
 * and the users' preferences. Subclasses run it against each real database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NotificationsContractTest {
  private final MovableClock clock = new MovableClock();
  String url;
  Store store;
  Notifications outbox;
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
    outbox = store.notifications();
  }

  @AfterAll
  void closeStore() {
    if (store != null) {
      store.close();
      dropDatabase(url);
    }
  }

  @BeforeEach
  void emptyTheOutbox() {
    drain();
  }

  private List<OutgoingMessage> drain() {
    List<OutgoingMessage> all = outbox.claim("drain", 1000, Duration.ofMinutes(5));
    all.forEach(m -> outbox.markSent(m.id(), "drain"));
    return all;
  }

  private static List<String> lines(List<OutgoingMessage> messages) {
    return messages.stream().map(m -> m.message().to() + " " + m.message().subject()).toList();
  }

  private StoredRequest submit() {
    return store
        .registrar()
        .submit(
            WorkflowContractTest.request(
                    WorkflowContractTest.freshName() + "-n", PortChoice.anyUserPort())
                .build(),
            applicant);
  }

  @Test
  void eachStepWritesItsMessagesWithIt() {
    StoredRequest r = submit();
    String prefix = "[portreg] Request #" + r.id() + " (" + r.request().serviceName() + "): ";
    assertThat(lines(drain()))
        .containsExactly(
            "ann@example.org " + prefix + "checked", "eve@example.org " + prefix + "in your queue");
    store.registrar().act(r.id(), RequestAction.APPROVE, expert, "fine");
    assertThat(lines(drain()))
        .containsExactly(
            "ann@example.org " + prefix + "approved",
            "ada@example.org " + prefix + "waits for assignment");
    store.registrar().act(r.id(), RequestAction.ASSIGN, admin, "done");
    List<OutgoingMessage> assigned = drain();
    assertThat(lines(assigned)).containsExactly("ann@example.org " + prefix + "assigned");
    assertThat(assigned.get(0).message().text()).contains(r.request().serviceName() + " ");
    store
        .registrar()
        .modify(r.request().serviceName(), Modification.ofDescription("v2"), admin, "asked");
    assertThat(lines(drain()))
        .containsExactly(
            "ann@example.org [portreg] Assignment '" + r.request().serviceName() + "': modify");
    assertThat(outbox.unsent()).isZero();
  }

  @Test
  void aRolledBackChangeLeavesNoMessage() {
    StoredRequest r = submit();
    drain();
    Dialect dialect = Dialect.of(url);
    Statements sql = Statements.load(dialect);
    try (var pool = Database.open(url, dialect, true)) {
      Transactions db = new Transactions(pool, sql, url);
      Outbox writer = new Outbox(sql, clock);
      RequestStep step =
          new RequestStep(r, RequestAction.REJECT, RequestState.REJECTED, "no", Optional.empty());
      assertThatThrownBy(
              () ->
                  db.write(
                      "fail",
                      c -> {
                        writer.step(c, step);
                        throw new IllegalStateException("rolled back");
                      }))
          .hasMessage("rolled back");
    }
    assertThat(outbox.unsent()).isZero();
    assertThat(drain()).isEmpty();
  }

  @Test
  void aFailedMessageComesBackWhenDueAndAClaimOnlyAfterItsLease() {
    submit();
    List<OutgoingMessage> first = outbox.claim("a", 1, Duration.ofMinutes(1));
    assertThat(first).hasSize(1);
    assertThat(outbox.claim("b", 10, Duration.ofMinutes(1)))
        .extracting(OutgoingMessage::id)
        .doesNotContain(first.get(0).id());
    long id = first.get(0).id();
    outbox.retryLater(id, "a", "421 try later", Duration.ofSeconds(30));
    assertThat(outbox.claim("c", 10, Duration.ofMinutes(1))).isEmpty();
    clock.advance(Duration.ofMinutes(2));
    List<OutgoingMessage> again = outbox.claim("c", 10, Duration.ofMinutes(1));
    assertThat(again).extracting(OutgoingMessage::id).contains(id);
    assertThat(again.stream().filter(m -> m.id() == id).findFirst().orElseThrow().attempts())
        .isEqualTo(1);
    again.forEach(m -> outbox.giveUp(m.id(), "c", "550 no such user"));
    assertThat(outbox.unsent()).isZero();
  }

  @Test
  void concurrentClaimsNeverShareAMessage() throws Exception {
    for (int i = 0; i < 8; i++) {
      submit();
    }
    List<Long> claimed = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        String worker = "w" + w;
        done.add(
            pool.submit(
                () -> {
                  List<OutgoingMessage> batch;
                  while (!(batch = outbox.claim(worker, 2, Duration.ofMinutes(5))).isEmpty()) {
                    batch.forEach(
                        m -> {
                          claimed.add(m.id());
                          outbox.markSent(m.id(), worker);
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
    assertThat(claimed).hasSize(16).doesNotHaveDuplicates();
  }

  @Test
  void preferencesAreKeptAndFilter() {
    assertThat(outbox.preference("ANN")).isEqualTo(NotifyPreference.ALL);
    outbox.setPreference("ann", NotifyPreference.NONE, "ann");
    try {
      assertThat(outbox.preference("ann")).isEqualTo(NotifyPreference.NONE);
      assertThat(store.registrar().audit(1).get(0).action()).isEqualTo("USER_NOTIFY");
      submit();
      assertThat(lines(drain())).isNotEmpty().allMatch(l -> l.startsWith("eve@"));
    } finally {
      outbox.setPreference("ann", NotifyPreference.ALL, "ann");
    }
    assertThatThrownBy(() -> outbox.preference("nobody")).isInstanceOf(NotFoundException.class);
  }

  /** A clock the test moves forward. */
  static final class MovableClock extends Clock {
    private volatile Instant now = Instant.parse("2026-11-22T10:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
