package org.portreg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.portreg.error.ConflictException;
import org.portreg.error.PermissionDeniedException;
import org.portreg.error.StateChangeRefusedException;
import org.portreg.io.Registries;
import org.portreg.local.LocalAssignment;
import org.portreg.local.LocalRequests;
import org.portreg.local.Scope;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;
import org.portreg.notify.OutgoingMessage;
import org.portreg.testing.SharedData;
import org.portreg.workflow.AuditEntry;
import org.portreg.workflow.PortChoice;
import org.portreg.workflow.RequestAction;
import org.portreg.workflow.RequestEvent;
import org.portreg.workflow.RequestState;
import org.portreg.workflow.RequestTarget;
import org.portreg.workflow.Role;
import org.portreg.workflow.StoredRequest;
import org.portreg.workflow.User;

/**
 * Local requests (docs/local.md, "Through the review workflow") on the store: submitted, reviewed
 * by local experts only, assigned into the local registry with history and audit; first come, first
 * served against the local assignments and the open local requests. Subclasses run it on each real
 * database; each test uses names and ports of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LocalRequestContractTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC);
  private static final AtomicInteger NEXT = new AtomicInteger();

  String url;
  Store store;
  User applicant;
  User other;
  User expert;
  User localExpert;
  User admin;

  abstract String createDatabase();

  abstract void dropDatabase(String url);

  @BeforeAll
  void importNewestRegistryAndAddUsers() {
    url = createDatabase();
    store = Store.open(url, CLOCK, SortKeys.DEFAULT_GAP);
    store.importRegistry(Registries.read(SharedData.newestXml()), "newest.xml");
    Accounts accounts = store.accounts();
    applicant = accounts.createUser(user("ann", Set.of(Role.APPLICANT), Set.of()), "test");
    other = accounts.createUser(user("otto", Set.of(Role.APPLICANT), Set.of()), "test");
    expert =
        accounts.createUser(
            user("eve", Set.of(Role.EXPERT), Set.of(Transport.TCP, Transport.UDP)), "test");
    localExpert = accounts.createUser(user("lou", Set.of(Role.LOCAL_EXPERT), Set.of()), "test");
    admin = accounts.createUser(user("ada", Set.of(Role.ADMIN), Set.of()), "test");
  }

  @AfterAll
  void closeStore() {
    if (store != null) {
      store.close();
      dropDatabase(url);
    }
  }

  private static org.portreg.workflow.NewUser user(
      String name, Set<Role> roles, Set<Transport> expertFor) {
    return WorkflowContractTest.user(name, roles, expertFor);
  }

  /** A name and a block of ten ports no other test uses. */
  private static int block() {
    return 20000 + 10 * NEXT.incrementAndGet();
  }

  static LocalAssignment entry(String name, String ports, Transport... transports) {
    return new LocalAssignment(
        name,
        Optional.of(PortRange.parse(ports)),
        Set.of(transports),
        "shop",
        "shop@example.org",
        Scope.CLUSTER,
        List.of("prod"),
        "Orders for " + name,
        Optional.empty(),
        Optional.of(LocalDate.of(2027, 12, 31)),
        "behind the gateway");
  }

  private List<AuditEntry> audit() {
    return store.registrar().audit(1000);
  }

  private StoredRequest approved(LocalAssignment entry) {
    StoredRequest r = store.registrar().submitLocal(entry, applicant);
    return store.registrar().act(r.id(), RequestAction.APPROVE, localExpert, "fine");
  }

  @Test
  void aLocalRequestIsReviewedByALocalExpertAndAssignedIntoTheLocalRegistry() {
    int port = block();
    LocalAssignment asked = entry("orders-" + port, Integer.toString(port), Transport.TCP);
    StoredRequest r = store.registrar().submitLocal(asked, applicant);

    assertThat(r.state()).isEqualTo(RequestState.CHECKED);
    assertThat(r.target()).isEqualTo(RequestTarget.LOCAL);
    assertThat(LocalRequests.entry(r)).contains(asked);
    assertThat(r.request().serviceName()).isEqualTo(asked.name());
    assertThat(store.registrar().request(r.id()).orElseThrow()).isEqualTo(r);
    assertThat(store.registrar().queueFor(localExpert))
        .extracting(StoredRequest::id)
        .contains(r.id());
    assertThat(store.registrar().queueFor(expert))
        .extracting(StoredRequest::id)
        .doesNotContain(r.id());

    assertThatThrownBy(() -> store.registrar().act(r.id(), RequestAction.APPROVE, expert, "ok"))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("APPROVE needs the role local-expert");
    assertThatThrownBy(() -> store.registrar().act(r.id(), RequestAction.ASSIGN, admin, "early"))
        .hasMessageContaining("ASSIGN is not allowed in state CHECKED");
    StoredRequest approved =
        store.registrar().act(r.id(), RequestAction.APPROVE, localExpert, "port is fine");
    assertThat(approved.state()).isEqualTo(RequestState.APPROVED);
    assertThat(store.local().find(asked.name())).isEmpty();

    StoredRequest assigned =
        store.registrar().act(r.id(), RequestAction.ASSIGN, admin, "approved by lou");

    assertThat(assigned.state()).isEqualTo(RequestState.ASSIGNED);
    assertThat(assigned.outcome())
        .contains(
            "LOCAL_ADD '" + asked.name() + "' " + port + "/tcp, owner shop, since 2026-12-03");
    assertThat(store.local().find(asked.name())).contains(asked.since(LocalDate.of(2026, 12, 3)));
    assertThat(store.local().history(asked.name()))
        .singleElement()
        .satisfies(v -> assertThat(v.changedBy()).isEqualTo("ada"));
    assertThat(store.registrar().events(r.id()))
        .extracting(RequestEvent::action, RequestEvent::actor, RequestEvent::role)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("SUBMIT", "ann", "APPLICANT"),
            org.assertj.core.groups.Tuple.tuple("CHECK", Registrar.SYSTEM_ACTOR, "ADMIN"),
            org.assertj.core.groups.Tuple.tuple("START_REVIEW", "lou", "LOCAL_EXPERT"),
            org.assertj.core.groups.Tuple.tuple("APPROVE", "lou", "LOCAL_EXPERT"),
            org.assertj.core.groups.Tuple.tuple("ASSIGN", "ada", "ADMIN"));
    assertThat(audit())
        .filteredOn(a -> a.target().equals("local/" + asked.name()))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.action()).isEqualTo("LOCAL_ADD");
              assertThat(a.actor()).isEqualTo("ada");
              assertThat(a.reason()).isEqualTo("request #" + r.id() + " assigned: approved by lou");
              assertThat(a.after()).contains("\"owner\":\"shop\"", "\"scope\":\"cluster\"");
            });
  }

  @Test
  void theTransportExpertsAndTheLocalExpertsHaveQueuesOfTheirOwn() {
    String name = "pr-local-" + block();
    StoredRequest iana =
        store
            .registrar()
            .submit(WorkflowContractTest.request(name, PortChoice.nameOnly()).build(), applicant);
    StoredRequest local =
        store.registrar().submitLocal(entry(name, Integer.toString(block()), Transport.TCP), other);

    assertThat(iana.target()).isEqualTo(RequestTarget.IANA);
    assertThat(store.registrar().queueFor(expert))
        .extracting(StoredRequest::id)
        .contains(iana.id())
        .doesNotContain(local.id());
    assertThat(store.registrar().queueFor(localExpert))
        .extracting(StoredRequest::id)
        .contains(local.id())
        .doesNotContain(iana.id());
    assertThatThrownBy(
            () -> store.registrar().act(iana.id(), RequestAction.REJECT, localExpert, "mine?"))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("REJECT needs the role expert");
    assertThat(store.registrar().act(local.id(), RequestAction.REJECT, localExpert, "no").state())
        .isEqualTo(RequestState.REJECTED);
  }

  @Test
  void aLocalAssignmentHoldsItsNameAndPortsAgainstRequests() {
    int port = block();
    String held = "billing-" + port;
    store.local().add(entry(held, port + "-" + (port + 9), Transport.TCP), "ada", "direct");

    assertThatThrownBy(
            () ->
                store
                    .registrar()
                    .submitLocal(entry(held, Integer.toString(block()), Transport.TCP), applicant))
        .isInstanceOf(ConflictException.class)
        .hasMessage("local assignment '" + held + "' already exists");
    assertThatThrownBy(
            () ->
                store
                    .registrar()
                    .submitLocal(entry("m-" + port, (port + 5) + "", Transport.TCP), applicant))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("local assignment '" + held + "' already holds " + port);
    assertThat(
            store
                .registrar()
                .submitLocal(entry("u-" + port, (port + 5) + "", Transport.UDP), applicant)
                .state())
        .isEqualTo(RequestState.CHECKED);
  }

  @Test
  void anOpenLocalRequestHoldsItsNameAndPortsUntilItIsFinal() {
    int port = block();
    String name = "queue-" + port;
    StoredRequest first =
        store.registrar().submitLocal(entry(name, port + "", Transport.TCP), applicant);

    assertThatThrownBy(
            () -> store.registrar().submitLocal(entry(name, (port + 1) + "", Transport.TCP), other))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "local name '"
                + name
                + "' is already requested by request #"
                + first.id()
                + ", which is open");
    assertThatThrownBy(
            () ->
                store
                    .registrar()
                    .submitLocal(entry("x" + name, port + "-" + (port + 2), Transport.TCP), other))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("already requested by request #" + first.id());
    store.registrar().act(first.id(), RequestAction.WITHDRAW, applicant, "not needed");

    assertThat(store.registrar().submitLocal(entry(name, port + "", Transport.TCP), other).state())
        .isEqualTo(RequestState.CHECKED);
  }

  @Test
  void anAssignmentThatALocalAddOvertookChangesNothing() {
    int port = block();
    StoredRequest r = approved(entry("late-" + port, port + "", Transport.TCP));
    store.local().add(entry("early-" + port, port + "", Transport.TCP), "ada", "first");
    int auditBefore = audit().size();

    assertThatThrownBy(() -> store.registrar().act(r.id(), RequestAction.ASSIGN, admin, "go"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("local assignment 'early-" + port + "' already holds " + port);

    assertThat(store.registrar().request(r.id()).orElseThrow().state())
        .isEqualTo(RequestState.APPROVED);
    assertThat(store.local().find("late-" + port)).isEmpty();
    assertThat(audit()).hasSize(auditBefore);
  }

  @Test
  void theLocalExpertsHearOfTheQueueAndTheApplicantOfTheAssignment() {
    Notifications outbox = store.notifications();
    drain(outbox);
    int port = block();
    StoredRequest r =
        store.registrar().submitLocal(entry("mail-" + port, port + "", Transport.TCP), applicant);
    String prefix = "[portreg] Request #" + r.id() + " (mail-" + port + "): ";

    assertThat(lines(drain(outbox)))
        .containsExactly(
            "ann@example.org " + prefix + "checked", "lou@example.org " + prefix + "in your queue");
    store.registrar().act(r.id(), RequestAction.APPROVE, localExpert, "fine");
    assertThat(lines(drain(outbox)))
        .containsExactly(
            "ann@example.org " + prefix + "approved",
            "ada@example.org " + prefix + "waits for assignment");
    store.registrar().act(r.id(), RequestAction.ASSIGN, admin, "done");
    List<OutgoingMessage> assigned = drain(outbox);
    assertThat(lines(assigned)).containsExactly("ann@example.org " + prefix + "assigned");
    assertThat(assigned.get(0).message().text())
        .contains(
            "The local registry now holds:", "LOCAL_ADD 'mail-" + port + "' " + port + "/tcp");
  }

  @Test
  void ofFiftyRacingLocalRequestsForOnePortExactlyOneWins() throws Exception {
    int port = block();
    List<Outcome> outcomes =
        race(
            50,
            (s, i) ->
                s.registrar()
                    .submitLocal(
                        entry("race-" + port + "-" + i, port + "", Transport.TCP),
                        i % 2 == 0 ? applicant : other));

    StoredRequest winner = (StoredRequest) onlyWinner(outcomes);
    assertThat(outcomes)
        .filteredOn(o -> o.lost() != null)
        .hasSize(49)
        .allSatisfy(
            o ->
                assertThat(o.lost())
                    .isExactlyInstanceOf(ConflictException.class)
                    .hasMessageContaining("already requested by request #" + winner.id()));
    assertThat(store.registrar().queueFor(localExpert))
        .filteredOn(r -> LocalRequests.entry(r).orElseThrow().holds(port, Transport.TCP))
        .extracting(StoredRequest::id)
        .containsExactly(winner.id());
  }

  @Test
  void ofFiftyRacingLocalRequestsForOneNameExactlyOneWins() throws Exception {
    int port = block();
    String name = "same-" + port;
    List<Outcome> outcomes =
        race(
            50,
            (s, i) ->
                s.registrar()
                    .submitLocal(
                        entry(name, (40000 + i) + "", Transport.TCP),
                        i % 2 == 0 ? applicant : other));

    StoredRequest winner = (StoredRequest) onlyWinner(outcomes);
    assertThat(outcomes)
        .filteredOn(o -> o.lost() != null)
        .allSatisfy(
            o ->
                assertThat(o.lost())
                    .hasMessage(
                        "local name '"
                            + name
                            + "' is already requested by request #"
                            + winner.id()
                            + ", which is open"));
  }

  @Test
  void anAssignmentAndALocalAddRacingForOnePortNeverBothWin() throws Exception {
    for (int round = 0; round < 8; round++) {
      int port = block();
      StoredRequest r = approved(entry("ra-" + port, port + "", Transport.TCP));
      List<Outcome> outcomes =
          race(
              2,
              (s, i) ->
                  i == 0
                      ? s.registrar().act(r.id(), RequestAction.ASSIGN, admin, "race")
                      : s.local()
                          .add(entry("rb-" + port, port + "", Transport.TCP), "ada", "race"));

      Object winner = onlyWinner(outcomes);
      List<LocalAssignment> holders =
          store.local().current().stream().filter(a -> a.holds(port, Transport.TCP)).toList();
      assertThat(holders).hasSize(1);
      RequestState state = store.registrar().request(r.id()).orElseThrow().state();
      if (winner instanceof StoredRequest) {
        assertThat(holders.get(0).name()).isEqualTo("ra-" + port);
        assertThat(state).isEqualTo(RequestState.ASSIGNED);
      } else {
        assertThat(holders.get(0).name()).isEqualTo("rb-" + port);
        assertThat(state).isEqualTo(RequestState.APPROVED);
      }
    }
  }

  @Test
  void twoAdministratorsAssigningOneRequestAtOnceAddItOnce() throws Exception {
    int port = block();
    StoredRequest r = approved(entry("twice-" + port, port + "", Transport.TCP));
    User secondAdmin =
        store.accounts().createUser(user("abe-" + port, Set.of(Role.ADMIN), Set.of()), "test");

    List<Outcome> outcomes =
        race(
            2,
            (s, i) ->
                s.registrar()
                    .act(r.id(), RequestAction.ASSIGN, i == 0 ? admin : secondAdmin, "both"));

    onlyWinner(outcomes);
    assertThat(store.local().history("twice-" + port)).hasSize(1);
    assertThat(store.registrar().events(r.id()))
        .filteredOn(e -> e.action().equals("ASSIGN"))
        .hasSize(1);
  }

  /** What one racer got: its result, or the refusal. */
  record Outcome(Object won, RuntimeException lost) {}

  /** One racer: what racer {@code i} does on store {@code s}. */
  @FunctionalInterface
  interface Racer {
    Object run(Store s, int i);
  }

  /**
   * Runs {@code count} racers at once from as many threads, through two stores on the same database
   * (as two servers would), alternately.
   */
  private List<Outcome> race(int count, Racer racer) throws Exception {
    try (Store second = Store.open(url, CLOCK, SortKeys.DEFAULT_GAP)) {
      var start = new java.util.concurrent.CountDownLatch(1);
      var pool = java.util.concurrent.Executors.newFixedThreadPool(count);
      try {
        List<java.util.concurrent.Future<Outcome>> futures = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
          Store s = i % 2 == 0 ? store : second;
          int n = i;
          futures.add(
              pool.submit(
                  () -> {
                    start.await();
                    try {
                      return new Outcome(racer.run(s, n), null);
                    } catch (ConflictException | StateChangeRefusedException e) {
                      return new Outcome(null, e);
                    }
                  }));
        }
        start.countDown();
        List<Outcome> outcomes = new java.util.ArrayList<>();
        for (var f : futures) {
          outcomes.add(f.get(120, java.util.concurrent.TimeUnit.SECONDS));
        }
        return outcomes;
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static Object onlyWinner(List<Outcome> outcomes) {
    List<Object> winners = outcomes.stream().map(Outcome::won).filter(w -> w != null).toList();
    assertThat(winners).hasSize(1);
    return winners.get(0);
  }

  private static List<OutgoingMessage> drain(Notifications outbox) {
    List<OutgoingMessage> all = outbox.claim("drain", 1000, Duration.ofMinutes(5));
    all.forEach(m -> outbox.markSent(m.id(), "drain"));
    return all;
  }

  private static List<String> lines(List<OutgoingMessage> messages) {
    return messages.stream().map(m -> m.message().to() + " " + m.message().subject()).toList();
  }
}
