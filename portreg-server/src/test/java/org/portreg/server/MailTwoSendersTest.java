package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.portreg.io.Registries;
import org.portreg.model.Transport;
import org.portreg.store.Store;
import org.portreg.testing.SharedData;
import org.portreg.workflow.NewUser;
import org.portreg.workflow.Role;
import org.portreg.workflow.User;

/**
 * Two senders, each with its own store (its own pool), share one outbox on the real PostgreSQL:
 * every message arrives exactly once.
 */
class MailTwoSendersTest {
  private static final String POSTGRES =
      System.getProperty(
          "portreg.test.postgres", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
  private static final int REQUESTS = 15;

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @Test
  @SuppressWarnings("try") // the sender runs while the block does
  void twoSendersOnOnePostgresNeverSendAMessageTwice() throws Exception {
    String schema =
        "portreg_mail_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute("CREATE SCHEMA " + schema);
    String url = POSTGRES + "&currentSchema=" + schema.toLowerCase(Locale.ROOT);
    try (Store one = Store.open(url);
        Store two = Store.open(url)) {
      one.importRegistry(Registries.read(SharedData.newestXml()), "newest.xml");
      User ann = add(one, "ann", Set.of(Role.APPLICANT), Set.of());
      add(one, "eve", Set.of(Role.EXPERT), Set.of(Transport.TCP));
      for (int i = 0; i < REQUESTS; i++) {
        one.registrar().submit(WorkflowFixture.request("mail-two-" + i).build(), ann);
      }
      int port = SMTP.getSmtp().getPort();
      try (MailSender a = MailSender.start(one, MailSenderTest.options(port));
          MailSender b = MailSender.start(two, MailSenderTest.options(port))) {
        MailSenderTest.await(
            "every message sent",
            () -> one.notifications().unsent() == 0 && MailSenderTest.received(SMTP).size() >= 30);
      }
      assertThat(MailSenderTest.received(SMTP)).hasSize(2 * REQUESTS).doesNotHaveDuplicates();
      assertThat(two.notifications().sent()).isEqualTo(2 * REQUESTS);
    } finally {
      execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  private static User add(Store store, String name, Set<Role> roles, Set<Transport> expertFor) {
    return store
        .accounts()
        .createUser(
            new NewUser(name, name, name + "@example.org", Optional.empty(), roles, expertFor),
            "test");
  }

  private static void execute(String sql) {
    try (Connection c = DriverManager.getConnection(POSTGRES);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      String message = "PostgreSQL not reachable at " + POSTGRES + ": " + e.getMessage();
      if ("1".equals(System.getenv("PORTREG_REQUIRE_SHARED"))) {
        fail(message + " (PORTREG_REQUIRE_SHARED=1)");
      }
      Assumptions.abort(message);
    }
  }
}
