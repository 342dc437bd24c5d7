package org.portreg.cli.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.cli.WorkflowStoreFixture;
import org.portreg.store.Store;

/** {@code portreg audit}, {@code portreg user update} and {@code portreg token revoke}. */
class AdminCommandsTest {
  @TempDir Path folder;
  WorkflowStoreFixture cli;

  @BeforeEach
  void storeWithUsers() throws Exception {
    cli = WorkflowStoreFixture.in(folder).withUsers();
  }

  @Test
  void theAuditLogListsTheNewestEntriesFirst() {
    cli.require(cli.run("service", "deassign", "udpstp", "--reason", "asked", "--as", "ada"));

    assertThat(cli.run("audit", "--limit", "2", "--as", "ada")).as(cli.err).isZero();
    List<String> lines = cli.out.lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).matches("ID +At +Actor +Action +Target +Reason");
    assertThat(lines.get(1))
        .matches(
            "5 +\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ +ada +DEASSIGN +service/udpstp +asked"
                + " \\(DEASSIGN 'udpstp': udpstp 24601/udp on .*\\)");
    assertThat(lines.get(2)).matches("4 .* cli:\\S+ +USER_ADD +user/ada +added");
  }

  @Test
  void theAuditLogAsJsonHoldsTheRecordsBeforeAndAfter() throws IOException {
    cli.require(cli.run("service", "deassign", "udpstp", "--reason", "asked", "--as", "ada"));

    assertThat(cli.run("audit", "--limit", "1", "--format", "json", "--as", "ada"))
        .as(cli.err)
        .isZero();
    List<String> fields = topLevelFields(cli.out);
    assertThat(fields)
        .containsExactly("id", "at", "actor", "action", "target", "reason", "before", "after");
    assertThat(cli.out)
        .contains("\"action\" : \"DEASSIGN\"")
        .contains("\"before\" : [{\"name\":\"udpstp\",\"protocol\":\"udp\"")
        .contains("\"after\" : [{\"protocol\":\"udp\"");
  }

  /**
   * The field names of the objects in the top-level array, after checking the JSON is well formed.
   */
  private static List<String> topLevelFields(String json) throws IOException {
    List<String> names = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME && p.getParsingContext().getParent().getParent().inRoot()) {
          names.add(p.currentName());
        }
      }
    }
    return names;
  }

  @Test
  void onlyAnAdminReadsTheAuditLog() {
    assertThat(cli.run("audit", "--as", "eve")).isEqualTo(2);
    assertThat(cli.err)
        .isEqualTo("portreg: reading the audit log needs an active admin; user 'eve' is not one\n");
    assertThat(cli.run("audit", "--as", "ada", "--limit", "-1")).isEqualTo(2);
    assertThat(cli.err).isEqualTo("portreg: limit must not be negative, was -1\n");
    assertThat(cli.run("audit", "--as", "ada", "--format", "csv")).isEqualTo(2);
    assertThat(cli.err).isEqualTo("portreg: --format must be table or json, was 'csv'\n");
  }

  @Test
  void updatingAUserChangesOnlyWhatIsGiven() {
    assertThat(
            cli.run(
                "user",
                "update",
                "ann",
                "--role",
                "applicant,expert",
                "--expert-for",
                "sctp",
                "--as",
                "ada"))
        .as(cli.err)
        .isZero();
    assertThat(cli.out).isEqualTo("updated ann  applicant,expert(sctp)  Ann <ann@example.org>\n");
    cli.require(cli.run("user", "update", "ann", "--active", "false"));
    assertThat(cli.out)
        .isEqualTo("updated ann  applicant,expert(sctp)  Ann <ann@example.org>  (inactive)\n");
    cli.require(cli.run("user", "update", "ann", "--role", "applicant", "--active", "true"));
    assertThat(cli.out).isEqualTo("updated ann  applicant  Ann <ann@example.org>\n");

    try (Store store = Store.open(cli.db)) {
      assertThat(store.registrar().audit(1).get(0))
          .satisfies(
              e -> {
                assertThat(e.action()).isEqualTo("USER_UPDATE");
                assertThat(e.before()).contains("\"active\":false");
                assertThat(e.after()).contains("\"active\":true");
              });
    }
  }

  @Test
  void theNotificationPreferenceIsSetAlone() {
    cli.require(cli.run("user", "update", "ann", "--notify", "decisions", "--as", "ada"));
    assertThat(cli.out)
        .isEqualTo("updated ann  applicant  Ann <ann@example.org>\nnotify decisions\n");
    try (Store store = Store.open(cli.db)) {
      assertThat(store.notifications().preference("ann"))
          .isEqualTo(org.portreg.notify.NotifyPreference.DECISIONS);
      assertThat(store.registrar().audit(1).get(0).action()).isEqualTo("USER_NOTIFY");
    }
  }

  @Test
  void anInactiveUserMayNoLongerAct() {
    cli.require(cli.run("user", "update", "ada", "--active", "false"));

    assertThat(cli.run("service", "deassign", "udpstp", "--reason", "x", "--as", "ada"))
        .isEqualTo(2);
    assertThat(cli.run("audit", "--as", "ada")).isEqualTo(2);
    assertThat(cli.err).contains("user 'ada' is not one");
  }

  @Test
  void badUserUpdatesAreRefused() {
    assertThat(cli.run("user", "update", "ann")).isEqualTo(2);
    assertThat(cli.err)
        .isEqualTo(
            "portreg: nothing to change: give --role, --local-expert, --expert-for, --active,"
                + " --password-stdin and/or --notify\n");
    assertThat(cli.run("user", "update", "ann", "--notify", "some")).isEqualTo(2);
    assertThat(cli.err)
        .isEqualTo("portreg: notify must be one of all, decisions, none, was 'some'\n");
    assertThat(cli.run("user", "update", "ann", "--role", "expert")).isEqualTo(2);
    assertThat(cli.err)
        .isEqualTo("portreg: expertFor: an expert needs the transports they review\n");
    assertThat(cli.run("user", "update", "nobody", "--active", "false")).isEqualTo(1);
    assertThat(cli.err).isEqualTo("portreg: no user 'nobody'\n");
    assertThat(cli.run("user", "update", "ann", "--active", "false", "--as", "eve")).isEqualTo(2);
    assertThat(cli.err)
        .isEqualTo(
            "portreg: managing users and tokens needs an active admin; user 'eve' is not one\n");
    cli.require(cli.run("user", "list"));
    assertThat(cli.out).contains("ann  applicant  Ann <ann@example.org>\n");
  }

  @Test
  void aRevokedTokenSignsNobodyIn() {
    cli.require(cli.run("token", "issue", "ann", "--label", "ci"));
    String secret = cli.out.lines().toList().get(1);

    assertThat(cli.run("token", "revoke", "1", "--as", "eve")).isEqualTo(2);
    try (Store store = Store.open(cli.db)) {
      assertThat(store.accounts().userForToken(secret)).isPresent();
    }
    assertThat(cli.run("token", "revoke", "1", "--as", "ada")).as(cli.err).isZero();
    assertThat(cli.out).isEqualTo("revoked token #1\n");
    try (Store store = Store.open(cli.db)) {
      assertThat(store.accounts().userForToken(secret)).isEmpty();
      assertThat(store.registrar().audit(1).get(0).action()).isEqualTo("TOKEN_REVOKE");
    }
    assertThat(cli.run("token", "revoke", "42")).isEqualTo(1);
    assertThat(cli.err).isEqualTo("portreg: no API token numbered 42\n");
  }
}
