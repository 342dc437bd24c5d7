package org.portreg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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
import org.portreg.error.NotFoundException;
import org.portreg.error.PermissionDeniedException;
import org.portreg.error.StateChangeRefusedException;
import org.portreg.io.Registries;
import org.portreg.model.RecordStatus;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;
import org.portreg.rules.PortSpace;
import org.portreg.rules.RecordRules;
import org.portreg.testing.SharedData;
import org.portreg.workflow.AssignmentRequest;
import org.portreg.workflow.Contact;
import org.portreg.workflow.InvalidRequestException;
import org.portreg.workflow.NewUser;
import org.portreg.workflow.PortChoice;
import org.portreg.workflow.PortSelector;
import org.portreg.workflow.RequestAction;
import org.portreg.workflow.RequestEvent;
import org.portreg.workflow.RequestState;
import org.portreg.workflow.Role;
import org.portreg.workflow.StoredRequest;
import org.portreg.workflow.User;

/**
 * The workflow's contract (accounts, requests, decisions, assignment, audit) on the newest real
 * registry, imported once per class; each test uses service names of its own. Subclasses run it
 * against each real database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WorkflowContractTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
  private static final AtomicInteger NAMES = new AtomicInteger();

  String url;
  Store store;
  User applicant;
  User other;
  User expert;
  User sctpExpert;
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
    sctpExpert =
        accounts.createUser(user("sam", Set.of(Role.EXPERT), Set.of(Transport.SCTP)), "test");
    admin = accounts.createUser(user("ada", Set.of(Role.ADMIN), Set.of()), "test");
  }

  @AfterAll
  void closeStore() {
    if (store != null) {
      store.close();
      dropDatabase(url);
    }
  }

  static NewUser user(String name, Set<Role> roles, Set<Transport> expertFor) {
    return new NewUser(
        name, name.toUpperCase(), name + "@example.org", Optional.empty(), roles, expertFor);
  }

  /** A fresh service name for each use, so that tests do not share claims. */
  static String freshName() {
    return "pr-test-" + NAMES.incrementAndGet();
  }

  static AssignmentRequest.Builder request(String name, PortChoice port) {
    return AssignmentRequest.builder()
        .serviceName(name)
        .transports(Transport.TCP)
        .assignee(Contact.of("Ann_Example", "Ann Example", "ann@example.org"))
        .contact(Contact.of("Ann_Example", "Ann Example", "ann@example.org"))
        .description("Test service " + name)
        .references(Xref.of(XrefType.URI, "https://example.org/" + name))
        .port(port);
  }

  int lowestFreeUserPort() {
    return PortSelector.selectPort(
            store.current().orElseThrow(), Set.of(Transport.TCP), PortSpace.USER)
        .orElseThrow();
  }

  @Test
  void submissionIsCheckedAutomaticallyAndRecorded() {
    String name = freshName();
    StoredRequest stored =
        store.registrar().submit(request(name, PortChoice.anyUserPort()).build(), applicant);

    assertThat(stored.state()).isEqualTo(RequestState.CHECKED);
    assertThat(stored.applicant()).isEqualTo("ann");
    assertThat(stored.request().serviceName()).isEqualTo(name);
    assertThat(store.registrar().events(stored.id()))
        .extracting(RequestEvent::action, RequestEvent::actor, RequestEvent::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("SUBMIT", "ann", RequestState.SUBMITTED),
            org.assertj.core.groups.Tuple.tuple(
                "CHECK", Registrar.SYSTEM_ACTOR, RequestState.CHECKED));
    assertThat(store.registrar().requestsOf("ann"))
        .extracting(StoredRequest::id)
        .contains(stored.id());
    assertThat(store.registrar().queueFor(expert))
        .extracting(StoredRequest::id)
        .contains(stored.id());
    assertThat(store.registrar().queueFor(sctpExpert))
        .extracting(StoredRequest::id)
        .doesNotContain(stored.id());
  }

  @Test
  void refusesABrokenRequestWithEveryViolationAndStoresNothing() {
    int before = store.registrar().requests(Set.of()).size();
    AssignmentRequest broken = request("http", new PortChoice.Specific(80)).description("").build();

    assertThatThrownBy(() -> store.registrar().submit(broken, applicant))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.field())
                    .contains("serviceName", "port", "description"));
    assertThat(store.registrar().requests(Set.of())).hasSize(before);
  }

  @Test
  void anApprovedRequestIsAssignedIntoANewRegistryVersionInTheSameTransaction() {
    String name = freshName();
    Registrar registrar = store.registrar();
    int versions = store.versions().size();
    long id = registrar.submit(request(name, PortChoice.anyUserPort()).build(), applicant).id();

    registrar.act(id, RequestAction.APPROVE, expert, "fine: a real protocol");
    StoredRequest assigned =
        registrar.act(id, RequestAction.ASSIGN, admin, "approved by the expert");

    assertThat(assigned.state()).isEqualTo(RequestState.ASSIGNED);
    assertThat(assigned.outcome()).hasValueSatisfying(o -> assertThat(o).contains(name));
    assertThat(store.versions()).hasSize(versions + 1);
    StoredVersion newest = store.newest().orElseThrow();
    assertThat(newest.updated()).isEqualTo(LocalDate.of(2026, 11, 22));
    assertThat(newest.source()).isEqualTo("request #" + id + " assigned by ada");
    String stored = org.portreg.format.xml.XmlFormat.writeText(store.registry(newest));
    assertThat(newest.sha256())
        .as("the new version's hash is that of its XML text")
        .isEqualTo(org.portreg.format.Sha256.hex(stored));
    Registry now = store.current().orElseThrow();
    assertThat(now.header().updated().toString()).isEqualTo("2026-11-22");
    List<ServiceRecord> records =
        now.records().stream().filter(r -> r.name().map(name::equals).orElse(false)).toList();
    assertThat(records).hasSize(1);
    assertThat(records.get(0).registered().map(Object::toString)).contains("2026-11-22");
    assertThat(registrar.events(id))
        .extracting(RequestEvent::action)
        .containsExactly("SUBMIT", "CHECK", "START_REVIEW", "APPROVE", "ASSIGN");
    assertThat(registrar.audit(10))
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo("ASSIGN");
              assertThat(e.target()).isEqualTo("service/" + name);
              assertThat(e.after()).contains(name);
            });
  }

  @Test
  void anAssignedNameIsFreeOfClaimsButTakenInTheRegistry() {
    String name = freshName();
    Registrar registrar = store.registrar();
    long id = registrar.submit(request(name, PortChoice.nameOnly()).build(), applicant).id();
    registrar.act(id, RequestAction.APPROVE, expert, "ok");
    registrar.act(id, RequestAction.ASSIGN, admin, "ok");

    assertThatThrownBy(() -> registrar.submit(request(name, PortChoice.nameOnly()).build(), other))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining(name);
  }

  @Test
  void twoAssignmentsOnOneDayGiveTwoVersionsOfThatDate() {
    Registrar registrar = store.registrar();
    String first = freshName();
    String second = freshName();
    long a = registrar.submit(request(first, PortChoice.nameOnly()).build(), applicant).id();
    long b = registrar.submit(request(second, PortChoice.nameOnly()).build(), applicant).id();
    registrar.act(a, RequestAction.APPROVE, expert, "ok");
    registrar.act(b, RequestAction.APPROVE, expert, "ok");

    registrar.act(a, RequestAction.ASSIGN, admin, "ok");
    registrar.act(b, RequestAction.ASSIGN, admin, "ok");

    LocalDate day = LocalDate.of(2026, 11, 22);
    assertThat(store.versions().stream().filter(v -> v.updated().equals(day)).count())
        .isGreaterThanOrEqualTo(2);
    Registry ofTheDay = store.version(day).orElseThrow();
    assertThat(ofTheDay.records()).extracting(r -> r.name().orElse("")).contains(first, second);
    assertThat(store.asOf(day).orElseThrow()).isEqualTo(ofTheDay);
  }

  @Test
  void anyPortSkipsAPortThatAnOpenRequestWaitsFor() {
    Registrar registrar = store.registrar();
    int lowest = lowestFreeUserPort();
    long waiting =
        registrar
            .submit(request(freshName(), new PortChoice.Specific(lowest)).build(), applicant)
            .id();
    long any = registrar.submit(request(freshName(), PortChoice.anyUserPort()).build(), other).id();
    registrar.act(any, RequestAction.APPROVE, expert, "ok");

    StoredRequest assigned = registrar.act(any, RequestAction.ASSIGN, admin, "ok");

    assertThat(assigned.outcome().orElseThrow()).doesNotContain(" " + lowest + "/");
    ServiceRecord record =
        store.current().orElseThrow().records().stream()
            .filter(r -> r.name().equals(Optional.of(assigned.request().serviceName())))
            .findFirst()
            .orElseThrow();
    assertThat(record.number().orElseThrow().first()).isNotEqualTo(lowest);
    registrar.act(waiting, RequestAction.WITHDRAW, applicant, "test over");
  }

  @Test
  void onlyTheRightRoleMayAct() {
    Registrar registrar = store.registrar();
    long id =
        registrar.submit(request(freshName(), PortChoice.anyUserPort()).build(), applicant).id();

    assertThatThrownBy(() -> registrar.act(id, RequestAction.APPROVE, applicant, "mine"))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("APPROVE needs the role expert");
    assertThatThrownBy(() -> registrar.act(id, RequestAction.APPROVE, sctpExpert, "no"))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("'sam' reviews [sctp]");
    assertThatThrownBy(() -> registrar.act(id, RequestAction.WITHDRAW, other, "not mine"))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("for the applicant of request #" + id);
    assertThatThrownBy(() -> registrar.act(id, RequestAction.ASSIGN, admin, "too early"))
        .isInstanceOf(StateChangeRefusedException.class)
        .hasMessageContaining("ASSIGN is not allowed in state CHECKED");
    assertThatThrownBy(() -> registrar.act(id, RequestAction.APPROVE, expert, "  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reason");
    assertThatThrownBy(() -> registrar.act(999_999, RequestAction.APPROVE, expert, "x"))
        .isInstanceOf(NotFoundException.class);
    assertThat(registrar.request(id).orElseThrow().state()).isEqualTo(RequestState.CHECKED);
  }

  @Test
  void nobodyReviewsOrAssignsTheirOwnRequest() {
    Accounts accounts = store.accounts();
    User both =
        accounts.createUser(
            user("bo", Set.of(Role.APPLICANT, Role.EXPERT, Role.ADMIN), Set.of(Transport.TCP)),
            "test");
    Registrar registrar = store.registrar();
    long id = registrar.submit(request(freshName(), PortChoice.anyUserPort()).build(), both).id();

    assertThatThrownBy(() -> registrar.act(id, RequestAction.APPROVE, both, "looks good to me"))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessage(
            "user 'bo' applied for request #"
                + id
                + " and may not APPROVE it; another expert must");
    registrar.act(id, RequestAction.APPROVE, expert, "independent review");
    assertThatThrownBy(() -> registrar.act(id, RequestAction.ASSIGN, both, "mine"))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("another admin must");
    assertThat(registrar.act(id, RequestAction.WITHDRAW, both, "as applicant").state())
        .isEqualTo(RequestState.WITHDRAWN);
  }

  @Test
  void aDeactivatedUsersTokensSignNobodyIn() {
    Accounts accounts = store.accounts();
    accounts.createUser(user("tia", Set.of(Role.APPLICANT), Set.of()), "test");
    IssuedToken token = accounts.issueToken("tia", "laptop", "tia");
    assertThat(accounts.userForToken(token.secret())).isPresent();

    accounts.updateUser("tia", Set.of(Role.APPLICANT), Set.of(), false, "test");

    assertThat(accounts.userForToken(token.secret())).isEmpty();
  }

  @Test
  void aWithdrawnRequestLetsGoOfItsName() {
    Registrar registrar = store.registrar();
    String name = freshName();
    long id = registrar.submit(request(name, PortChoice.nameOnly()).build(), applicant).id();
    assertThatThrownBy(() -> registrar.submit(request(name, PortChoice.nameOnly()).build(), other))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "service name '"
                + name
                + "' is already requested by request #"
                + id
                + ", which is open");

    registrar.act(id, RequestAction.WITHDRAW, applicant, "changed my mind");

    assertThat(registrar.submit(request(name, PortChoice.nameOnly()).build(), other).state())
        .isEqualTo(RequestState.CHECKED);
  }

  @Test
  void deassigningWritesAVersionWithTheRecordReservedAndAnAuditEntry() {
    Registrar registrar = store.registrar();
    String name = freshName();
    long id = registrar.submit(request(name, PortChoice.anyUserPort()).build(), applicant).id();
    registrar.act(id, RequestAction.APPROVE, expert, "ok");
    registrar.act(id, RequestAction.ASSIGN, admin, "ok");

    assertThatThrownBy(() -> registrar.deassign(name, Optional.empty(), expert, "no"))
        .isInstanceOf(PermissionDeniedException.class);
    registrar.deassign(name, Optional.empty(), admin, "the assignee asked for it");

    Registry now = store.current().orElseThrow();
    assertThat(now.records().stream().filter(r -> r.name().equals(Optional.of(name)))).isEmpty();
    assertThat(now.records())
        .anySatisfy(
            r -> {
              assertThat(RecordRules.statusOf(r)).isEqualTo(RecordStatus.RESERVED);
              assertThat(r.notes().map(Object::toString).orElse("")).contains(name);
            });
    assertThat(registrar.audit(1).get(0))
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo("DEASSIGN");
              assertThat(e.reason()).startsWith("the assignee asked for it");
              assertThat(e.before()).contains(name);
            });
  }

  @Test
  void theAuditLogAndEventsRefuseUpdateAndDelete() throws SQLException {
    store.accounts().issueToken("ann", "audit test", "test");
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_log SET reason = 'x'"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_log"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> s.executeUpdate("DELETE FROM request_event"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
    }
  }

  @Test
  void usersSignInWithPasswordsKeptAsHashes() throws SQLException {
    Accounts accounts = store.accounts();
    accounts.createUser(
        new NewUser(
            "Pia",
            "Pia",
            "pia@example.org",
            Optional.of("correct horse battery"),
            Set.of(Role.APPLICANT),
            Set.of()),
        "test");

    assertThat(accounts.authenticate("pia", "correct horse battery"))
        .map(User::username)
        .contains("pia");
    assertThat(accounts.authenticate("PIA", "correct horse battery")).isPresent();
    assertThat(accounts.authenticate("pia", "wrong horse battery")).isEmpty();
    assertThat(accounts.authenticate("nobody", "correct horse battery")).isEmpty();
    assertThat(accounts.authenticate("ann", "no password set")).isEmpty();
    assertThatThrownBy(
            () -> accounts.createUser(user("PIA", Set.of(Role.APPLICANT), Set.of()), "t"))
        .isInstanceOf(ConflictException.class)
        .hasMessage("user 'pia' already exists");
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        var rs = s.executeQuery("SELECT password_hash FROM app_user WHERE username = 'pia'")) {
      rs.next();
      assertThat(rs.getString(1)).startsWith("pbkdf2-sha256$600000$").doesNotContain("horse");
    }
    accounts.updateUser("pia", Set.of(Role.APPLICANT), Set.of(), false, "test");
    assertThat(accounts.authenticate("pia", "correct horse battery")).isEmpty();
  }

  @Test
  void refusesBadUsersNamingTheField() {
    Accounts accounts = store.accounts();
    assertThatThrownBy(() -> accounts.createUser(user("-x", Set.of(Role.APPLICANT), Set.of()), "t"))
        .hasMessageStartingWith("username:");
    assertThatThrownBy(() -> accounts.createUser(user("xe", Set.of(Role.EXPERT), Set.of()), "t"))
        .hasMessageStartingWith("expertFor:");
    assertThatThrownBy(() -> accounts.createUser(user("xa", Set.of(), Set.of()), "t"))
        .hasMessageStartingWith("roles:");
    assertThatThrownBy(
            () ->
                accounts.createUser(
                    new NewUser(
                        "xp",
                        "X",
                        "x@example.org",
                        Optional.of("short"),
                        Set.of(Role.APPLICANT),
                        Set.of()),
                    "t"))
        .hasMessageStartingWith("password:");
  }

  @Test
  void tokensAreShownOnceKeptAsHashesAndCanBeRevoked() throws SQLException {
    Accounts accounts = store.accounts();
    IssuedToken token = accounts.issueToken("otto", "ci", "otto");

    assertThat(token.secret()).startsWith("prt_").hasSize(47);
    assertThat(accounts.userForToken(token.secret())).map(User::username).contains("otto");
    assertThat(accounts.userForToken(token.secret() + "x")).isEmpty();
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        var rs = s.executeQuery("SELECT token_hash FROM api_token WHERE id = " + token.id())) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo(Secrets.sha256(token.secret()));
    }
    accounts.revokeToken(token.id(), "otto");
    assertThat(accounts.userForToken(token.secret())).isEmpty();
  }

  @Test
  void sessionsLiveInTheDatabaseUntilClosed() {
    Accounts accounts = store.accounts();
    WebSession session = accounts.openSession(applicant, Duration.ofHours(8));

    try (Store second = Store.open(url, CLOCK, SortKeys.DEFAULT_GAP)) {
      WebSession seen = second.accounts().session(session.id()).orElseThrow();
      assertThat(seen.user().username()).isEqualTo("ann");
      assertThat(seen.csrfToken()).isEqualTo(session.csrfToken());
    }
    accounts.closeSession(session.id());
    assertThat(accounts.session(session.id())).isEmpty();
    assertThat(accounts.session("forged")).isEmpty();
  }

  @Test
  void ofFiftyRacingRequestsForOneNameExactlyOneWins() throws Exception {
    String name = freshName();
    List<Outcome> outcomes =
        race(50, i -> request(name, PortChoice.nameOnly()).description("racer " + i).build());

    assertExactlyOneWinner(
        outcomes, "service name '" + name + "' is already requested by request #");
  }

  @Test
  void ofFiftyRacingRequestsForOnePortExactlyOneWins() throws Exception {
    int port = lowestFreeUserPort();
    String prefix = freshName();
    List<Outcome> outcomes =
        race(50, i -> request(prefix + "-" + i, new PortChoice.Specific(port)).build());

    assertExactlyOneWinner(outcomes, "port " + port + "/tcp is already requested by request #");
  }

  /** What one racer got: the stored request or the exception. */
  record Outcome(StoredRequest won, RuntimeException lost) {}

  /**
   * Submits {@code count} requests at once from as many threads, through two stores on the same
   * database (as two servers would), half by each of two applicants.
   */
  List<Outcome> race(int count, java.util.function.IntFunction<AssignmentRequest> requests)
      throws Exception {
    try (Store second = Store.open(url, CLOCK, SortKeys.DEFAULT_GAP)) {
      var start = new java.util.concurrent.CountDownLatch(1);
      var pool = java.util.concurrent.Executors.newFixedThreadPool(count);
      try {
        List<java.util.concurrent.Future<Outcome>> futures = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
          Registrar registrar = (i % 2 == 0 ? store : second).registrar();
          User who = i % 2 == 0 ? applicant : other;
          AssignmentRequest request = requests.apply(i);
          futures.add(
              pool.submit(
                  () -> {
                    start.await();
                    try {
                      return new Outcome(registrar.submit(request, who), null);
                    } catch (ConflictException e) {
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

  private void assertExactlyOneWinner(List<Outcome> outcomes, String conflict) {
    List<StoredRequest> winners =
        outcomes.stream().filter(o -> o.won() != null).map(Outcome::won).toList();
    assertThat(winners).hasSize(1);
    long winner = winners.get(0).id();
    assertThat(outcomes.stream().filter(o -> o.lost() != null))
        .hasSize(outcomes.size() - 1)
        .allSatisfy(
            o ->
                assertThat(o.lost())
                    .isExactlyInstanceOf(ConflictException.class)
                    .hasMessage(conflict + winner + ", which is open"));
    StoredRequest won = store.registrar().request(winner).orElseThrow();
    assertThat(won.state()).isEqualTo(RequestState.CHECKED);
    User owner = won.applicant().equals("ann") ? applicant : other;
    store.registrar().act(winner, RequestAction.WITHDRAW, owner, "race over");
  }
}
