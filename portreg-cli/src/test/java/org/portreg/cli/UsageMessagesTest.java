package org.portreg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a user who mistypes is told. */
class UsageMessagesTest {
  @Test
  void aMistypedCommandGetsASuggestion() {
    CliRun run = CliRun.of("lokup", "443");

    assertThat(run.code).isEqualTo(2);
    assertThat(run.err())
        .startsWith("portreg: unknown command 'lokup'\n")
        .contains("Did you mean 'lookup'?")
        .contains("Try 'portreg --help'.");
  }

  @Test
  void aMistypedSubcommandGetsOneToo() {
    CliRun run = CliRun.of("db", "verisons");

    assertThat(run.code).isEqualTo(2);
    assertThat(run.err())
        .startsWith("portreg: unknown command 'verisons'\n")
        .contains("Did you mean 'versions'?")
        .contains("Try 'portreg db --help'.");
  }

  @Test
  void nothingCloseMeansNoSuggestion() {
    CliRun run = CliRun.of("zzzzzz");

    assertThat(run.code).isEqualTo(2);
    assertThat(run.err()).doesNotContain("Did you mean");
  }
}
