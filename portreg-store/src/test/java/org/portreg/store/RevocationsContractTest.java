package org.portreg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.portreg.error.ConflictException;
import org.portreg.error.InvalidInputException;
import org.portreg.error.NotFoundException;
import org.portreg.error.PermissionDeniedException;
import org.portreg.error.StateChangeRefusedException;
import org.portreg.io.Registries;
import org.portreg.model.RecordStatus;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.notify.OutgoingMessage;
import org.portreg.rules.RecordRules;
import org.portreg.testing.MovableClock;
import org.portreg.testing.SharedData;
import org.portreg.workflow.CommentPeriod;
import org.portreg.workflow.RevocationComment;
import org.portreg.workflow.RevocationProposal;
import org.portreg.workflow.RevocationState;
import org.portreg.workflow.Role;
import org.portreg.workflow.User;

/**
 * The public call for comments before a revocation (RFC 6335 §8.4) on the newest real registry:
 * propose, tell the assignee, comment until the period ends, refuse an early revocation, revoke
 * from the end date on; one open proposal per service, also between racing stores. The clock only
 * moves forward, so each test works from the store's today. Subclasses run it on each database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RevocationsContractTest {
  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-22T10:00:00Z"));
  String url;
  Store store;
  Revocations revocations;
  User ann;
  User eve;
  User ada;

  abstract String createDatabase();

  abstract void dropDatabase(String url);

  @BeforeAll
  void importNewestRegistryAndAddUsers() {
    url = createDatabase();
    store = Store.open(url, clock);
    store.importRegistry(Registries.read(SharedData.newestXml()), "newest.xml");
    Accounts accounts = store.accounts();
    ann =
        accounts.createUser(
            WorkflowContractTest.user("ann", Set.of(Role.APPLICANT), Set.of()), "t");
    eve =
        accounts.createUser(
            WorkflowContractTest.user("eve", Set.of(Role.EXPERT), Set.of(Transport.TCP)), "t");
    ada = accounts.createUser(WorkflowContractTest.user("ada", Set.of(Role.ADMIN), Set.of()), "t");
    revocations = store.revocations();
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

  private List<String> drain() {
    Notifications outbox = store.notifications();
    List<OutgoingMessage> all = outbox.claim("drain", 1000, Duration.ofMinutes(5));
    all.forEach(m -> outbox.markSent(m.id(), "drain"));
    return all.stream().map(m -> m.message().to() + " " + m.message().subject()).toList();
  }

  private List<OutgoingMessage> drainMessages() {
    Notifications outbox = store.notifications();
    List<OutgoingMessage> all = outbox.claim("drain", 1000, Duration.ofMinutes(5));
    all.forEach(m -> outbox.markSent(m.id(), "drain"));
    return all;
  }

  private Optional<ServiceRecord> record(String name) {
    return store.current().orElseThrow().records().stream()
        .filter(r -> r.name().equals(Optional.of(name)))
        .findFirst();
  }

  @Test
  void theCommentPeriodTakesCommentsUntilItEndsAndOnlyThenTheRevocation() {
    LocalDate today = revocations.today();
    RevocationProposal proposed =
        revocations.propose("UDPSTP", CommentPeriod.standard(), ada, "no answer since 2025");

    assertThat(proposed.serviceName()).isEqualTo("udpstp");
    assertThat(proposed.records()).isEqualTo("udpstp 24601/udp");
    assertThat(proposed.endsOn()).isEqualTo(today.plusDays(30));
    assertThat(proposed.state()).isEqualTo(RevocationState.OPEN);
    List<OutgoingMessage> told = drainMessages();
    assertThat(told)
        .extracting(m -> m.message().to() + " " + m.message().subject())
        .containsExactly("iesg@ietf.org [portreg] Assignment 'udpstp': proposed for revocation");
    assertThat(told.get(0).message().text())
        .contains("/revocations/" + proposed.id(), "ends on " + proposed.endsOn())
        .contains("Reason: no answer since 2025");
    assertThat(store.registrar().audit(1).get(0).action()).isEqualTo("REVOCATION_PROPOSE");

    RevocationComment said = revocations.comment(proposed.id(), ann, "  We still use it.\r\n ");
    assertThat(said.text()).isEqualTo("We still use it.");
    assertThat(revocations.comments(proposed.id())).containsExactly(said);
    assertThat(revocations.get(proposed.id()).orElseThrow().comments()).isEqualTo(1);

    int versions = store.versions().size();
    assertThatThrownBy(() -> store.registrar().revoke("udpstp", ada, "too early"))
        .isInstanceOf(StateChangeRefusedException.class)
        .hasMessage(
            "service 'udpstp' cannot be revoked before the public comment period of proposal #"
                + proposed.id()
                + " ends on "
                + proposed.endsOn()
                + " (today is "
                + today
                + ", 30 days left)");
    assertThat(store.versions()).hasSize(versions);
    assertThat(record("udpstp")).isPresent();
    assertThat(revocations.openOf("udpstp")).isPresent();
    assertThat(drain()).isEmpty();

    clock.advance(Duration.ofDays(29));
    revocations.comment(proposed.id(), eve, "last day");
    clock.advance(Duration.ofDays(1));
    assertThatThrownBy(() -> revocations.comment(proposed.id(), ann, "too late"))
        .isInstanceOf(StateChangeRefusedException.class)
        .hasMessageContaining("ended on " + proposed.endsOn());

    store.registrar().revoke("udpstp", ada, "nobody objected");

    assertThat(record("udpstp")).isEmpty();
    Registry now = store.current().orElseThrow();
    assertThat(now.records())
        .anySatisfy(
            r -> {
              assertThat(RecordRules.statusOf(r)).isEqualTo(RecordStatus.RESERVED);
              assertThat(r.notes().map(Object::toString).orElse(""))
                  .contains("Revoked on " + proposed.endsOn() + ", previously udpstp");
            });
    RevocationProposal closed = revocations.get(proposed.id()).orElseThrow();
    assertThat(closed.state()).isEqualTo(RevocationState.REVOKED);
    assertThat(closed.closure().orElseThrow().by()).isEqualTo("ada");
    assertThat(closed.comments()).isEqualTo(2);
    assertThat(drain()).containsExactly("iesg@ietf.org [portreg] Assignment 'udpstp': revoke");
    assertThatThrownBy(() -> revocations.comment(proposed.id(), ann, "after"))
        .isInstanceOf(StateChangeRefusedException.class)
        .hasMessage(
            "revocation proposal #"
                + proposed.id()
                + " of 'udpstp' is revoked: it takes no more"
                + " comments");
  }

  @Test
  void revokingWithoutAnOpenProposalSaysToProposeFirst() {
    int versions = store.versions().size();
    assertThatThrownBy(() -> store.registrar().revoke("nodel", ada, "no proposal"))
        .isInstanceOf(StateChangeRefusedException.class)
        .hasMessage(
            "service 'nodel' has no open revocation proposal: propose its revocation first, and"
                + " revoke it once the public comment period has ended (RFC 6335 section 8.4)");
    assertThatThrownBy(() -> store.registrar().revoke("zz-no-such", ada, "x"))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("no assigned record named 'zz-no-such'");
    assertThatThrownBy(() -> store.registrar().revoke("whois++", ada, "x"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("historic");
    assertThat(store.versions()).hasSize(versions);
  }

  @Test
  void ofRacingProposalsThroughTwoStoresExactlyOneIsOpen() throws Exception {
    List<Object> outcomes = new ArrayList<>();
    try (Store second = Store.open(url, clock)) {
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<Object>> futures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          Revocations via = (i % 2 == 0 ? store : second).revocations();
          String reason = "racer " + i;
          futures.add(pool.submit(() -> propose(start, via, reason)));
        }
        start.countDown();
        for (Future<Object> f : futures) {
          outcomes.add(f.get(120, TimeUnit.SECONDS));
        }
      } finally {
        pool.shutdownNow();
      }
    }
    List<RevocationProposal> won =
        outcomes.stream()
            .filter(RevocationProposal.class::isInstance)
            .map(RevocationProposal.class::cast)
            .toList();
    assertThat(won).hasSize(1);
    assertThat(outcomes.stream().filter(ConflictException.class::isInstance))
        .hasSize(7)
        .allSatisfy(
            e ->
                assertThat((ConflictException) e)
                    .hasMessage(
                        "service 'rdmnet-ctrl' already has an open revocation proposal #"
                            + won.get(0).id()
                            + " (its comment period ends on "
                            + won.get(0).endsOn()
                            + "); withdraw it before proposing another"));
    assertThat(drain()).hasSize(1);
    revocations.withdraw(won.get(0).id(), ada, "race over");
  }

  private Object propose(CountDownLatch start, Revocations via, String reason)
      throws InterruptedException {
    start.await();
    try {
      return via.propose("rdmnet-ctrl", new CommentPeriod.Days(14), ada, reason);
    } catch (ConflictException e) {
      return e;
    }
  }

  @Test
  void withdrawingClosesTheProposalTellsTheAssigneeAndAllowsANewOne() {
    LocalDate until = revocations.today().plusDays(3);
    RevocationProposal first =
        revocations.propose("5afe-dir", new CommentPeriod.Until(until), ada, "unreachable");
    assertThat(first.endsOn()).isEqualTo(until);
    drain();

    RevocationProposal withdrawn = revocations.withdraw(first.id(), ada, "the assignee answered");

    assertThat(withdrawn.state()).isEqualTo(RevocationState.WITHDRAWN);
    assertThat(withdrawn.closure().orElseThrow().reason()).isEqualTo("the assignee answered");
    assertThat(drain())
        .containsExactly("info@ayoda.net [portreg] Assignment '5afe-dir': revocation withdrawn");
    assertThat(store.registrar().audit(1).get(0).action()).isEqualTo("REVOCATION_WITHDRAW");
    assertThatThrownBy(() -> revocations.withdraw(first.id(), ada, "again"))
        .isInstanceOf(StateChangeRefusedException.class)
        .hasMessage("revocation proposal #" + first.id() + " of '5afe-dir' is already withdrawn");
    assertThatThrownBy(() -> store.registrar().revoke("5afe-dir", ada, "x"))
        .isInstanceOf(StateChangeRefusedException.class)
        .hasMessageContaining("no open revocation proposal");
    RevocationProposal second =
        revocations.propose("5afe-dir", new CommentPeriod.Days(10), ada, "still unreachable");
    assertThat(second.id()).isGreaterThan(first.id());
    assertThat(revocations.list())
        .extracting(RevocationProposal::id)
        .containsSubsequence(second.id(), first.id());
    revocations.withdraw(second.id(), ada, "done");
  }

  @Test
  void onlyAdminsProposeAndWithdrawAndOnlyGoodInputIsKept() {
    CommentPeriod period = CommentPeriod.standard();
    assertThatThrownBy(() -> revocations.propose("nodel", period, eve, "x"))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessage("changing the registry needs the role admin; user 'eve' has expert");
    assertThatThrownBy(() -> revocations.propose("nodel", period, ada, " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> revocations.propose("zz-nothing", period, ada, "x"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                revocations.propose(
                    "nodel", new CommentPeriod.Until(revocations.today()), ada, "x"))
        .isInstanceOf(InvalidInputException.class);
    assertThat(revocations.openOf("nodel")).isEmpty();

    RevocationProposal p = revocations.propose("nodel", period, ada, "test");
    assertThatThrownBy(() -> revocations.withdraw(p.id(), ann, "mine"))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> revocations.comment(p.id(), ann, "x".repeat(4001)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> revocations.comment(424242, ann, "hello"))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("no revocation proposal #424242");
    User gone =
        store
            .accounts()
            .createUser(WorkflowContractTest.user("gus", Set.of(Role.APPLICANT), Set.of()), "t");
    store.accounts().updateUser("gus", Set.of(Role.APPLICANT), Set.of(), false, "t");
    User inactive = store.accounts().user("gus").orElseThrow();
    assertThat(gone.active()).isTrue();
    assertThatThrownBy(() -> revocations.comment(p.id(), inactive, "hello"))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(revocations.comments(p.id())).isEmpty();
    revocations.withdraw(p.id(), ada, "test over");
  }

  @Test
  void commentsRefuseUpdateAndDelete() throws SQLException {
    RevocationProposal p =
        revocations.propose("rdmnet-ctrl", new CommentPeriod.Days(5), ada, "append-only test");
    revocations.comment(p.id(), ann, "kept");
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.executeUpdate("UPDATE revocation_comment SET body = 'x'"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> s.executeUpdate("DELETE FROM revocation_comment"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
    } finally {
      revocations.withdraw(p.id(), ada, "test over");
    }
    assertThat(revocations.comments(p.id()))
        .extracting(RevocationComment::text)
        .containsExactly("kept");
  }
}
