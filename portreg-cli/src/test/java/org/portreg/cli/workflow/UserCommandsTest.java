package org.portreg.cli.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.cli.WorkflowStoreFixture;
import org.portreg.store.Store;

/** {@code portreg user add|list} and {@code portreg token issue}. */
class UserCommandsTest {
  @TempDir Path folder;
  WorkflowStoreFixture cli;

  @BeforeEach
  void store() throws Exception {
    cli = WorkflowStoreFixture.in(folder);
  }

  @Test
  void addsUsersWithRolesAndExpertTransportsAndListsThem() {
    assertThat(
            cli.run(
                "user",
                "add",
                "jane",
                "--name",
                "Jane Doe",
                "--email",
                "jane@example.org",
                "--role",
                "expert,admin",
                "--expert-for",
                "tcp,udp"))
        .as(cli.err)
        .isZero();
    assertThat(cli.out)
        .isEqualTo("added jane  expert(tcp,udp),admin  Jane Doe <jane@example.org>\n");
    cli.require(
        cli.run(
            "user",
            "add",
            "ann",
            "--name",
            "Ann",
            "--email",
            "ann@example.org",
            "--role",
            "applicant"));

    assertThat(cli.run("user", "list")).isZero();
    assertThat(cli.out)
        .isEqualTo(
            "ann  applicant  Ann <ann@example.org>\n"
                + "jane  expert(tcp,udp),admin  Jane Doe <jane@example.org>\n");
  }

  @Test
  void theAuditLogNamesTheOperatorOrTheAdminActingAs() {
    cli.require(
        cli.run(
            "user",
            "add",
            "ada",
            "--name",
            "Ada",
            "--email",
            "ada@example.org",
            "--role",
            "admin"));
    cli.require(
        cli.run(
            "user",
            "add",
            "ann",
            "--name",
            "Ann",
            "--email",
            "ann@example.org",
            "--role",
            "applicant",
            "--as",
            "ada"));

    try (Store store = Store.open(cli.db)) {
      assertThat(store.registrar().audit(10))
          .extracting(e -> e.actor() + " " + e.target())
          .contains("ada user/ann", "cli:" + System.getProperty("user.name") + " user/ada");
    }
  }

  @Test
  void onlyAnAdminMayActAsTheAdministratorOfUsers() {
    cli.require(
        cli.run(
            "user",
            "add",
            "ann",
            "--name",
            "Ann",
            "--email",
            "ann@example.org",
            "--role",
            "applicant"));

    assertThat(
            cli.run(
                "user",
                "add",
                "bob",
                "--name",
                "Bob",
                "--email",
                "bob@example.org",
                "--role",
                "applicant",
                "--as",
                "ann"))
        .isEqualTo(2);
    assertThat(cli.err)
        .isEqualTo(
            "portreg: managing users and tokens needs an active admin; user 'ann' is not one\n");
    assertThat(cli.run("token", "issue", "ann", "--label", "x", "--as", "ann")).isEqualTo(2);
  }

  @Test
  void readsThePasswordFromStandardInputAndTheUserCanSignIn() {
    assertThat(
            cli.runWithInput(
                "correct horse battery\n",
                "user",
                "add",
                "ann",
                "--name",
                "Ann",
                "--email",
                "ann@example.org",
                "--role",
                "applicant",
                "--password-stdin"))
        .as(cli.err)
        .isZero();

    try (Store store = Store.open(cli.db)) {
      assertThat(store.accounts().authenticate("ann", "correct horse battery")).isPresent();
      assertThat(store.accounts().authenticate("ann", "wrong")).isEmpty();
    }
  }

  @Test
  void userUpdateSetsANewPasswordFromStandardInput() {
    assertThat(
            cli.run(
                "user",
                "add",
                "ann",
                "--name",
                "Ann",
                "--email",
                "ann@example.org",
                "--role",
                "applicant"))
        .isZero();
    assertThat(
            cli.runWithInput("a new secret phrase\n", "user", "update", "ann", "--password-stdin"))
        .as(cli.err)
        .isZero();
    assertThat(cli.out).contains("password set");
    assertThat(cli.runWithInput("short\n", "user", "update", "ann", "--password-stdin"))
        .isEqualTo(2);
    assertThat(cli.err).contains("password: must have at least 10 characters");

    try (Store store = Store.open(cli.db)) {
      assertThat(store.accounts().authenticate("ann", "a new secret phrase")).isPresent();
      assertThat(store.accounts().user("ann").orElseThrow().roles())
          .containsExactly(org.portreg.workflow.Role.APPLICANT);
    }
  }

  @Test
  void badUserDataIsAUsageErrorNamingTheField() {
    assertThat(
            cli.run(
                "user",
                "add",
                "ann",
                "--name",
                "Ann",
                "--email",
                "not-an-address",
                "--role",
                "applicant"))
        .isEqualTo(2);
    assertThat(cli.err).startsWith("portreg: email: ");
    assertThat(
            cli.run(
                "user",
                "add",
                "ann",
                "--name",
                "Ann",
                "--email",
                "a@example.org",
                "--role",
                "anonymous"))
        .isEqualTo(2);
    assertThat(cli.err)
        .contains("unknown role 'anonymous', expected applicant, expert, local-expert or admin");
  }

  @Test
  void issuesATokenThatSignsTheUserInAndShowsItOnce() {
    cli.require(
        cli.run(
            "user",
            "add",
            "ann",
            "--name",
            "Ann",
            "--email",
            "ann@example.org",
            "--role",
            "applicant"));

    assertThat(cli.run("token", "issue", "ann", "--label", "ci")).as(cli.err).isZero();
    String[] lines = cli.out.split("\n");
    assertThat(lines[0]).isEqualTo("token #1 for ann (ci), shown only this once:");
    assertThat(lines[1]).startsWith("prt_");
    try (Store store = Store.open(cli.db)) {
      assertThat(store.accounts().userForToken(lines[1]).orElseThrow().username()).isEqualTo("ann");
    }
    assertThat(cli.run("token", "issue", "nobody", "--label", "ci")).isEqualTo(1);
  }

  @Test
  void theActingUserComesFromTheOptionThenTheEnvironmentThenTheOs() {
    assertThat(ActingUser.resolve("opt", "env", "os")).isEqualTo("opt");
    assertThat(ActingUser.resolve(null, "env", "os")).isEqualTo("env");
    assertThat(ActingUser.resolve(null, " ", "os")).isEqualTo("os");
    assertThat(ActingUser.resolve(null, null, "os")).isEqualTo("os");
  }
}
