package org.portreg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.testing.SharedData;

/**
 * The command line on a real 60-column terminal (a pseudo-terminal from util-linux's {@code
 * script}, sized with {@code stty cols 60}) and no {@code COLUMNS}: it asks the terminal, and fits
 * lookup, search and help to it; piped, it does not fit at all.
 */
class TerminalWidthOnATerminalTest {
  @TempDir Path folder;

  @BeforeEach
  void needsScript() {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script");
  }

  private String portreg(String args) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return "env -u COLUMNS "
        + java
        + " -Dportreg.cache="
        + folder.resolve("cache")
        + " -cp "
        + System.getProperty("java.class.path")
        + " org.portreg.cli.Main "
        + args;
  }

  /** What the terminal showed for {@code commands} run after {@code stty cols 60}. */
  private List<String> onA60ColumnTerminal(String commands)
      throws IOException, InterruptedException {
    Path typescript = folder.resolve("typescript");
    Process script =
        new ProcessBuilder(
                List.of("script", "-qec", "stty cols 60; " + commands, typescript.toString()))
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("script.log").toFile())
            .start();
    assertThat(script.waitFor(5, TimeUnit.MINUTES)).as("the commands finish").isTrue();
    return Files.readString(typescript, StandardCharsets.UTF_8)
        .replace("\r", "")
        .replaceAll("\u001B\\[[0-9;]*m", "")
        .lines()
        .filter(l -> !l.startsWith("Script "))
        .toList();
  }

  @Test
  void lookupAsksTheTerminalForItsWidth() throws Exception {
    String registry = SharedData.newestXml().toString();
    List<String> shown = onA60ColumnTerminal(portreg("lookup 0-7/tcp --registry " + registry));
    assertThat(shown).contains("Service  Port  Proto  Status      Description");
    // At 60 columns the description has 26: the multiplexer wraps onto a line of its own.
    assertThat(shown).contains(" ".repeat(34) + "Multiplexer");
    assertThat(shown).allMatch(l -> l.length() <= 60);
  }

  @Test
  void searchAndHelpFitTheTerminalAndAPipeIsNotFitted() throws Exception {
    String registry = SharedData.newestXml().toString();
    String search = portreg("search https --all --registry " + registry);
    List<String> shown =
        onA60ColumnTerminal(
            search + "; " + portreg("--help") + "; echo PIPED; " + search + " | cat");
    int piped = shown.indexOf("PIPED");
    assertThat(piped).isPositive();
    List<String> terminal = shown.subList(0, piped);
    assertThat(terminal)
        .allMatch(l -> l.length() <= 60)
        .contains("Usage: portreg [-hV] [--max-input=SIZE] [COMMAND]");
    // Too narrow for the search's table: one block per record.
    assertThat(terminal).contains("oob-ws-https  664/tcp  assigned");
    assertThat(shown.subList(piped, shown.size()))
        .anyMatch(
            l ->
                l.matches(
                    "oob-ws-https +664 +tcp +assigned +DMTF out-of-band secure web services management protocol"));
  }

  @Test
  void convertToTextFitsTheTerminalAsBlocksAndAPipeGetsTheTable() throws Exception {
    String convert = portreg("convert " + SharedData.newestXml() + " --to txt");
    List<String> shown = onA60ColumnTerminal(convert + "; echo PIPED; " + convert + " | head -60");
    int piped = shown.indexOf("PIPED");
    assertThat(piped).isPositive();
    List<String> terminal = shown.subList(0, piped);
    assertThat(terminal).allMatch(l -> l.length() <= 60).contains("tcpmux  1/tcp");
    // Piped: the table (header line of the 12 columns), as wide as it needs.
    assertThat(shown.subList(piped, shown.size()))
        .anyMatch(l -> l.contains("Service Name") && l.contains("Assignment Notes"));
  }
}
