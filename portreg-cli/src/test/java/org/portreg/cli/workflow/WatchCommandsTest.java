package org.portreg.cli.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.cli.WorkflowStoreFixture;

/** {@code portreg watch add|list|remove} on the store, acting as {@code --as USER}. */
class WatchCommandsTest {
  @TempDir Path folder;
  WorkflowStoreFixture cli;

  @BeforeEach
  void store() throws Exception {
    cli = WorkflowStoreFixture.in(folder).withUsers();
  }

  @Test
  void addsListsAndRemovesTheActingUsersWatches() {
    cli.require(cli.run("watch", "add", "ssh", "--email", "--as", "ann"));
    assertThat(cli.out).isEqualTo("watch #1\temail\t-\tactive\tssh\n");
    cli.require(
        cli.run("watch", "add", "port:80", "--webhook", "https://hooks.example/a", "--as", "ann"));
    assertThat(cli.out)
        .startsWith("watch #2\twebhook\thttps://hooks.example/a\tactive\tport:80\nsecret ")
        .contains("shown only now");

    cli.require(cli.run("watch", "list", "--as", "ann"));
    assertThat(cli.out)
        .isEqualTo(
            "#1\temail\t-\tactive\tssh\n#2\twebhook\thttps://hooks.example/a\tactive\tport:80\n");
    cli.require(cli.run("watch", "list", "--as", "eve"));
    assertThat(cli.out).isEmpty();

    assertThat(cli.run("watch", "remove", "1", "--as", "eve")).isNotZero();
    assertThat(cli.err).contains("no watch #1 of eve");
    cli.require(cli.run("watch", "remove", "1", "--as", "ann"));
    assertThat(cli.out).isEqualTo("removed watch #1\n");
    cli.require(cli.run("watch", "list", "--as", "ann"));
    assertThat(cli.out).doesNotContain("ssh");
  }

  @Test
  void refusesABadQueryOrUrlAndNeedsOneWayToDeliver() {
    assertThat(cli.run("watch", "add", "ssh", "--webhook", "ftp://x.example/", "--as", "ann"))
        .isNotZero();
    assertThat(cli.err).contains("webhook: must be an http or https URL");
    assertThat(cli.run("watch", "add", "ssh", "--as", "ann")).isEqualTo(2);
    assertThat(
            cli.run(
                "watch", "add", "ssh", "--email", "--webhook", "https://x.example/", "--as", "ann"))
        .isEqualTo(2);
  }
}
