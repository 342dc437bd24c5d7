package org.portreg.cli.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.model.Transport;
import org.portreg.store.Store;
import org.portreg.workflow.NewUser;
import org.portreg.workflow.Role;

/**
 * {@code user update --password-stdin} on a real terminal (a pseudo-terminal from util-linux's
 * {@code script}): it asks twice and never echoes what is typed (issue 13).
 */
class PasswordPromptTest {
  @TempDir Path folder;

  @Test
  void asksTwiceWithoutEchoOnATerminal() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script");
    String db = "jdbc:sqlite:" + folder.resolve("portreg.db");
    try (Store store = Store.open(db)) {
      store
          .accounts()
          .createUser(
              new NewUser(
                  "ann",
                  "Ann",
                  "ann@example.org",
                  java.util.Optional.empty(),
                  Set.of(Role.APPLICANT),
                  Set.<Transport>of()),
              "test");
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String command =
        java
            + " -cp "
            + System.getProperty("java.class.path")
            + " org.portreg.cli.Main user update ann --password-stdin --db "
            + db;
    Path typescript = folder.resolve("typescript");
    Process script =
        new ProcessBuilder(List.of("script", "-qfec", command, typescript.toString()))
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("script.log").toFile())
            .start();
    // Typed as a person types: after each prompt, when the terminal no longer echoes.
    try (OutputStream keys = script.getOutputStream()) {
      awaitText(typescript, "Password for ann (10 characters or more): ");
      keys.write("typed secret one\n".getBytes(StandardCharsets.UTF_8));
      keys.flush();
      awaitText(typescript, "The same password again: ");
      keys.write("typed secret one\n".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(script.waitFor(5, TimeUnit.MINUTES)).isTrue();

    String terminal = Files.readString(typescript, StandardCharsets.UTF_8);
    assertThat(terminal)
        .contains("Password for ann (10 characters or more): ")
        .contains("The same password again: ")
        .contains("password set")
        .doesNotContain("typed secret one");
    try (Store store = Store.open(db)) {
      assertThat(store.accounts().authenticate("ann", "typed secret one")).isPresent();
    }
  }

  /** Waits (up to five minutes) until the terminal shows {@code text}. */
  private static void awaitText(Path typescript, String text) throws Exception {
    for (int i = 0; i < 3000; i++) {
      if (Files.exists(typescript)
          && Files.readString(typescript, StandardCharsets.UTF_8).contains(text)) {
        return;
      }
      // Polling interval of a condition wait, not a timing assumption.
      Thread.sleep(100);
    }
    throw new AssertionError("the terminal never showed '" + text + "'");
  }
}
