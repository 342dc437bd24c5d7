package org.portreg.cli.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.testing.SharedData;

/**
 * {@code db import} on a real terminal (a pseudo-terminal from util-linux's {@code script}): the
 * progress bar never lands between the report's lines. With the report on the terminal there is no
 * bar; with the report redirected, the bar is on the terminal and the report file is clean.
 */
class ImportProgressTest {
  @TempDir Path folder;

  private String importCommand(String suffix) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return java
        + " -cp "
        + System.getProperty("java.class.path")
        + " org.portreg.cli.Main db import "
        + SharedData.history("2024-03-18")
        + " "
        + SharedData.history("2024-11-22")
        + " --db jdbc:sqlite:"
        + folder.resolve("portreg-" + suffix.length() + ".db")
        + suffix;
  }

  private String onATerminal(String command) throws IOException, InterruptedException {
    Path typescript = folder.resolve("typescript");
    Process script =
        new ProcessBuilder(List.of("script", "-qec", command, typescript.toString()))
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("script.log").toFile())
            .start();
    assertThat(script.waitFor(5, TimeUnit.MINUTES)).as("the import finishes").isTrue();
    return Files.readString(typescript, StandardCharsets.UTF_8);
  }

  @Test
  void theReportOnTheTerminalHasNoBarBetweenItsLines() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script");
    String terminal = onATerminal(importCommand(""));
    assertThat(terminal).contains("imported 2024-03-18: ").contains("imported 2024-11-22: ");
    assertThat(terminal).doesNotContain("import   0%").doesNotContain("%  [");
    assertThat(terminal).containsPattern("\\nimported 2024-11-22: ");
  }

  @Test
  void aRedirectedReportLeavesTheBarToTheTerminal() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script");
    Path report = folder.resolve("report.txt");
    String terminal = onATerminal(importCommand(" > " + report));
    assertThat(terminal).contains("import 100%");
    assertThat(Files.readAllLines(report))
        .hasSize(2)
        .allSatisfy(line -> assertThat(line).startsWith("imported 20").doesNotContain("%"));
  }
}
