package org.portreg.cli.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.cli.WorkflowStoreFixture;

/** What the request commands answer to bad input, unknown users and missing permissions. */
class RequestCommandErrorsTest {
  @TempDir Path folder;
  WorkflowStoreFixture cli;
  String example;

  @BeforeEach
  void storeWithUsers() throws Exception {
    cli = WorkflowStoreFixture.in(folder).withUsers();
    example =
        cli.file("request.json", Files.readString(Path.of("..", "docs/examples/request.json")));
  }

  @Test
  void malformedJsonNamesFileLineAndColumn() throws Exception {
    String bad = cli.file("bad.json", "{\n  \"serviceName\": \"x\",\n  \"prot\": 80\n}");

    assertThat(cli.run("request", "submit", bad, "--as", "ann")).isEqualTo(65);
    assertThat(cli.err)
        .startsWith(bad + ":3:11: unknown member 'prot' in the request (known: serviceName,");
    assertThat(cli.err.lines()).hasSize(1);
  }

  @Test
  void violationsAreListedOneALineAndNothingIsStored() throws Exception {
    String taken =
        cli.file(
            "taken.json",
            """
            {"serviceName": "http", "transports": ["tcp"], "port": 80,
             "assignee": {"id": "X", "name": "X", "uri": "x@example.org"},
             "contact": {"id": "X", "name": "X", "uri": "x@example.org"}}
            """);

    assertThat(cli.run("request", "submit", taken, "--as", "ann")).isEqualTo(65);
    assertThat(cli.err.lines())
        .allMatch(line -> line.startsWith(taken + ": "))
        .anyMatch(line -> line.startsWith(taken + ": serviceName: "))
        .anyMatch(line -> line.startsWith(taken + ": description: "))
        .anyMatch(line -> line.startsWith(taken + ": port: "))
        .hasSizeGreaterThanOrEqualTo(3);
    cli.run("request", "list");
    assertThat(cli.out.lines()).hasSize(1);
  }

  @Test
  void aNameHeldByAnOpenRequestIsRefusedWithExit65() {
    cli.require(cli.run("request", "submit", example, "--as", "ann"));

    assertThat(cli.run("request", "submit", example, "--as", "ann")).isEqualTo(65);
    assertThat(cli.err).startsWith(example + ": ").contains("#1").contains("quokka-sync");
  }

  @Test
  void aMissingFileExits74() {
    assertThat(cli.run("request", "submit", folder.resolve("nope.json").toString(), "--as", "ann"))
        .isEqualTo(74);
    assertThat(cli.err).isEqualTo(folder.resolve("nope.json") + ": no such file\n");
  }

  @Test
  void anUnknownUserIsAUsageErrorSayingHowToAddOne() {
    assertThat(cli.run("request", "submit", example, "--as", "nobody")).isEqualTo(2);
    assertThat(cli.err)
        .isEqualTo(
            "portreg: no user 'nobody' in the store; add one with 'portreg user add nobody"
                + " --name NAME --email EMAIL --role applicant' or choose another with --as"
                + " USER\n");
  }

  @Test
  void theWrongRoleIsRefusedWithExit2AndTheStateIsUnchanged() {
    cli.require(cli.run("request", "submit", example, "--as", "ann"));

    assertThat(cli.run("request", "decide", "1", "approve", "--reason", "me", "--as", "ann"))
        .isEqualTo(2);
    assertThat(cli.err).startsWith("portreg: ").contains("expert");
    assertThat(cli.run("request", "decide", "1", "approve", "--reason", "x", "--as", "sam"))
        .isEqualTo(2);
    assertThat(cli.err).contains("tcp");
    assertThat(cli.run("request", "assign", "1", "--reason", "x", "--as", "eve")).isEqualTo(2);
    assertThat(cli.err).contains("admin");
    assertThat(cli.run("request", "submit", example, "--as", "ada")).isEqualTo(2);
    assertThat(cli.err).contains("applicant");
    cli.run("request", "list");
    assertThat(cli.out).contains("CHECKED");
  }

  @Test
  void assigningBeforeApprovalIsARefusedStateChangeNamingTheState() {
    cli.require(cli.run("request", "submit", example, "--as", "ann"));

    // A refused state change has its own exit code (3), not an internal error's 1.
    assertThat(cli.run("request", "assign", "1", "--reason", "x", "--as", "ada")).isEqualTo(3);
    assertThat(cli.err).startsWith("portreg: ").contains("CHECKED");
  }

  @Test
  void anUnknownRequestExits1AndABadDecisionOrStateExits2() {
    assertThat(cli.run("request", "show", "42")).isEqualTo(1);
    assertThat(cli.err).isEqualTo("portreg: no request #42\n");
    assertThat(cli.run("request", "decide", "1", "maybe", "--reason", "x", "--as", "eve"))
        .isEqualTo(2);
    assertThat(cli.err).contains("the decision must be approve, reject or ask, was 'maybe'");
    assertThat(cli.run("request", "list", "--state", "pending")).isEqualTo(2);
    assertThat(cli.err).contains("unknown state 'pending'");
    assertThat(cli.run("request", "decide", "1", "approve", "--as", "eve")).isEqualTo(2);
    assertThat(cli.err).contains("--reason");
  }
}
