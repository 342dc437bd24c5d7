package org.portreg.cli.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.cli.WorkflowStoreFixture;
import org.portreg.notify.OutgoingMessage;
import org.portreg.store.Store;
import org.portreg.workflow.CommentPeriod;
import org.portreg.workflow.User;

/**
 * The comment period of a revocation (RFC 6335 §8.4) from the command line, on the newest real
 * registry: {@code service propose-revocation}, {@code comment}, {@code revocations}, {@code
 * withdraw-revocation} and {@code revoke}, refused with exit 3 before the end date. The command
 * line runs on the system clock, so a period that has ended is made by proposing through a store
 * opened with a clock 30 days back.
 */
class RevocationCommandsTest {
  @TempDir Path folder;
  WorkflowStoreFixture cli;
  LocalDate today;

  @BeforeEach
  void storeWithUsers() throws Exception {
    cli = WorkflowStoreFixture.in(folder).withUsers();
    today = LocalDate.now(ZoneOffset.UTC);
  }

  private List<String> outbox() {
    try (Store store = Store.open(cli.db)) {
      List<OutgoingMessage> all = store.notifications().claim("t", 100, Duration.ofMinutes(5));
      all.forEach(m -> store.notifications().markSent(m.id(), "t"));
      return all.stream().map(m -> m.message().to() + " " + m.message().subject()).toList();
    }
  }

  @Test
  void aProposalTellsTheAssigneeTakesCommentsAndRefusesAnEarlyRevocationWithExit3() {
    String ends = today.plusDays(30).toString();
    assertThat(
            cli.run(
                "service", "propose-revocation", "udpstp", "--reason", "no answer", "--as", "ada"))
        .as(cli.err)
        .isZero();
    assertThat(cli.out)
        .isEqualTo(
            "revocation #1 udpstp (udpstp 24601/udp): comments until "
                + ends
                + " (30 days left)\npage: /revocations/1\n");
    assertThat(outbox())
        .containsExactly("iesg@ietf.org [portreg] Assignment 'udpstp': proposed for revocation");

    cli.require(cli.run("service", "comment", "udpstp", "--text", "We use it.", "--as", "ann"));
    assertThat(cli.out).isEqualTo("comment #1 on revocation #1 of 'udpstp'\n");
    assertThat(cli.run("service", "comment", "#1", "--text", "x", "--as", "nobody")).isEqualTo(2);
    assertThat(cli.err).startsWith("portreg: no user 'nobody' in the store");

    assertThat(cli.run("service", "revoke", "udpstp", "--reason", "early", "--as", "ada"))
        .isEqualTo(3);
    assertThat(cli.err)
        .isEqualTo(
            "portreg: service 'udpstp' cannot be revoked before the public comment period of"
                + " proposal #1 ends on "
                + ends
                + " (today is "
                + today
                + ", 30 days left)\n");
    cli.require(cli.run("db", "versions"));
    assertThat(cli.out.lines()).hasSize(1);
    assertThat(cli.run("lookup", "udpstp")).isZero();

    cli.require(cli.run("service", "revocations", "--format", "csv"));
    assertThat(cli.out)
        .isEqualTo(
            "ID,Service,Records,Ends on,Days left,Comments,State\r\n"
                + "1,udpstp,udpstp 24601/udp,"
                + ends
                + ",30,1,open\r\n");
  }

  @Test
  void onTheEndDateCommentsAreRefusedAndTheRevocationGoesThrough() {
    Clock monthAgo = Clock.fixed(Instant.now().minus(Duration.ofDays(30)), ZoneOffset.UTC);
    try (Store past = Store.open(cli.db, monthAgo)) {
      User ada = past.accounts().user("ada").orElseThrow();
      User ann = past.accounts().user("ann").orElseThrow();
      long id = past.revocations().propose("udpstp", CommentPeriod.standard(), ada, "gone").id();
      past.revocations().comment(id, ann, "Please keep it:\nwe run it.");
    }

    assertThat(cli.run("service", "comment", "udpstp", "--text", "late", "--as", "ann"))
        .isEqualTo(3);
    assertThat(cli.err)
        .isEqualTo(
            "portreg: the comment period of revocation proposal #1 of 'udpstp' ended on "
                + today
                + " (today is "
                + today
                + "): it takes no more comments\n");
    cli.require(cli.run("service", "revocations", "udpstp"));
    assertThat(cli.out)
        .startsWith(
            "revocation #1 udpstp (udpstp 24601/udp): comment period ended on "
                + today
                + ", may be revoked\nreason: gone\n")
        .contains("1 comment\n\nann at ")
        .endsWith(":\n  Please keep it:\n  we run it.\n");

    cli.require(cli.run("service", "revoke", "udpstp", "--reason", "no objection", "--as", "ada"));
    assertThat(cli.out)
        .isEqualTo(
            "REVOKE 'udpstp': udpstp 24601/udp on " + today + "\nregistry version " + today + "\n");
    cli.require(cli.run("lookup", "24601/udp", "--format", "csv"));
    assertThat(cli.out).contains("\"Revoked on " + today + ", previously udpstp by [IESG]\"");
    cli.require(cli.run("service", "revocations", "--format", "json"));
    assertThat(cli.out).contains("\"revocations\" : [ ]");
    cli.require(cli.run("service", "revocations", "--all", "--format", "json"));
    assertThat(cli.out)
        .contains("\"state\" : \"revoked\"", "\"closedBy\" : \"ada\"", "\"commentCount\" : 1");

    assertThat(cli.run("service", "revoke", "udpstp", "--reason", "again", "--as", "ada"))
        .isEqualTo(1);
    assertThat(cli.err).isEqualTo("portreg: no assigned record named 'udpstp'\n");
    assertThat(
            cli.run(
                "service",
                "revoke",
                "echo",
                "--comment-period-end",
                "2020-01-01",
                "--reason",
                "x",
                "--as",
                "ada"))
        .isEqualTo(3);
    assertThat(cli.err)
        .isEqualTo(
            "portreg: --comment-period-end is deprecated and ignored: the comment period is that"
                + " of the open revocation proposal ('portreg service revocations echo')\n"
                + "portreg: service 'echo' has no open revocation proposal: propose its revocation"
                + " first, and revoke it once the public comment period has ended (RFC 6335"
                + " section 8.4)\n");
  }

  @Test
  void aSecondProposalIsRefusedUntilTheFirstIsWithdrawn() {
    cli.require(
        cli.run(
            "service",
            "propose-revocation",
            "udpstp",
            "--days",
            "7",
            "--reason",
            "r",
            "--as",
            "ada"));
    assertThat(
            cli.run("service", "propose-revocation", "UDPSTP", "--reason", "again", "--as", "ada"))
        .isEqualTo(1);
    assertThat(cli.err)
        .isEqualTo(
            "portreg: service 'udpstp' already has an open revocation proposal #1 (its comment"
                + " period ends on "
                + today.plusDays(7)
                + "); withdraw it before proposing another\n");

    cli.require(
        cli.run("service", "withdraw-revocation", "udpstp", "--reason", "answered", "--as", "ada"));
    assertThat(cli.out).isEqualTo("withdrew revocation #1 of 'udpstp'\n");
    assertThat(outbox())
        .containsExactly(
            "iesg@ietf.org [portreg] Assignment 'udpstp': proposed for revocation",
            "iesg@ietf.org [portreg] Assignment 'udpstp': revocation withdrawn");
    String until = today.plusDays(3).toString();
    cli.require(
        cli.run(
            "service",
            "propose-revocation",
            "udpstp",
            "--until",
            until,
            "--reason",
            "r2",
            "--as",
            "ada"));
    assertThat(cli.out)
        .startsWith("revocation #2 udpstp (udpstp 24601/udp): comments until " + until);
    cli.require(cli.run("service", "revocations", "--all"));
    assertThat(cli.out.lines().toList())
        .hasSize(3)
        .satisfies(l -> assertThat(l.get(1)).startsWith("2 "))
        .satisfies(l -> assertThat(l.get(2)).startsWith("1 ").endsWith("withdrawn"));
  }

  @Test
  void badInputIsRefusedWithTheUsualExitCodes() {
    assertThat(cli.run("service", "propose-revocation", "udpstp", "--reason", "x", "--as", "eve"))
        .isEqualTo(2);
    assertThat(cli.err)
        .isEqualTo("portreg: changing the registry needs the role admin; user 'eve' has expert\n");
    assertThat(
            cli.run(
                "service",
                "propose-revocation",
                "udpstp",
                "--days",
                "0",
                "--reason",
                "x",
                "--as",
                "ada"))
        .isEqualTo(2);
    assertThat(cli.err).isEqualTo("portreg: days: a comment period lasts 1 to 365 days, was 0\n");
    assertThat(
            cli.run(
                "service",
                "propose-revocation",
                "udpstp",
                "--days",
                "3",
                "--until",
                today.plusDays(9).toString(),
                "--reason",
                "x",
                "--as",
                "ada"))
        .isEqualTo(2);
    assertThat(cli.run("service", "propose-revocation", "udpstp", "--reason", " ", "--as", "ada"))
        .isEqualTo(2);
    assertThat(cli.run("service", "propose-revocation", "zz-none", "--reason", "x", "--as", "ada"))
        .isEqualTo(1);
    assertThat(cli.err).isEqualTo("portreg: no assigned record named 'zz-none'\n");
    assertThat(cli.run("service", "comment", "echo", "--text", "hi", "--as", "ann")).isEqualTo(1);
    assertThat(cli.err)
        .isEqualTo(
            "portreg: service 'echo' has no open revocation proposal (list them with 'portreg"
                + " service revocations --all')\n");
    cli.require(cli.run("service", "propose-revocation", "echo", "--reason", "x", "--as", "ada"));
    assertThat(cli.run("service", "comment", "echo", "--text", "x".repeat(4001), "--as", "ann"))
        .isEqualTo(2);
    assertThat(cli.err).isEqualTo("portreg: text: a comment has 1 to 4000 characters, was 4001\n");
    assertThat(cli.run("service", "comment", "42", "--text", "hi", "--as", "ann")).isEqualTo(1);
    assertThat(cli.err).isEqualTo("portreg: no revocation proposal #42\n");
    assertThat(cli.run("service", "withdraw-revocation", "echo", "--reason", "x", "--as", "ann"))
        .isEqualTo(2);
    cli.require(cli.run("service", "revocations"));
    assertThat(cli.out).contains("echo 7/tcp, echo 7/udp").contains(" 0 ");
  }
}
