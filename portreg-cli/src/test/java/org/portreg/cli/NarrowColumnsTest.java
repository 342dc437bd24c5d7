package org.portreg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.testing.SharedData;

/**
 * {@code lint}, {@code check} and {@code local list} at a narrow {@code COLUMNS}, in a process of
 * their own (the width is read once per process): text fitted to the width, long lines wrapped on
 * words with a hanging indent and nothing cut; piped without {@code COLUMNS}, as before.
 */
class NarrowColumnsTest {
  @TempDir Path folder;

  record Run(int code, String out) {
    List<String> lines() {
      return out.lines().toList();
    }
  }

  /** {@code portreg ARGS} in {@code dir} with {@code COLUMNS} set to {@code columns} (or unset). */
  private Run portreg(Path dir, String columns, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dportreg.cache=" + folder.resolve("cache"));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.portreg.cli.Main"));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(folder, "out", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    Map<String, String> env = builder.environment();
    env.remove("COLUMNS");
    for (String xdg : List.of("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME")) {
      env.put(xdg, folder.resolve(xdg).toString());
    }
    if (columns != null) {
      env.put("COLUMNS", columns);
    }
    Process process = builder.start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("portreg finishes").isTrue();
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
  }

  /** The same words and characters: only spaces and line breaks differ. */
  private static String unwrapped(String text) {
    return text.replaceAll("\\s+", "");
  }

  @Test
  void lintFitsFiftyColumnsOnBothPathsAndAPipeIsUnchanged() throws Exception {
    Path data = SharedData.newestXml().getParent();
    String file = SharedData.newestXml().getFileName().toString();

    Run narrow = portreg(data, "50", "lint", file);
    Run viaPicocli = portreg(data, "50", "lint", file, "--node-port-range", "30000-32767");
    Run piped = portreg(data, null, "lint", file);

    assertThat(piped.code()).isEqualTo(1);
    assertThat(piped.lines()).anyMatch(l -> l.length() > 50);
    assertThat(narrow).isEqualTo(viaPicocli);
    assertThat(narrow.code()).isEqualTo(1);
    assertThat(narrow.lines())
        .allMatch(l -> l.length() <= 50)
        .hasSizeGreaterThan(piped.lines().size());
    assertThat(narrow.lines()).anyMatch(l -> l.startsWith("    ") && !l.isBlank());
    assertThat(unwrapped(narrow.out())).isEqualTo(unwrapped(piped.out()));
  }

  @Test
  void checkWrapsEachReasonWithAHangingIndentAndJsonIsNeverFitted() throws Exception {
    String[] args = {
      "check",
      "8080/tcp",
      "6000/tcp",
      "--registry",
      SharedData.newestXml().toString(),
      "--db",
      "jdbc:sqlite:" + folder.resolve("portreg.db")
    };
    Run narrow = portreg(folder, "40", args);
    Run piped = portreg(folder, null, args);

    assertThat(narrow.code()).isEqualTo(1).isEqualTo(piped.code());
    assertThat(piped.out())
        .contains("  conflict: IANA-assigned to http-alt (8080/tcp: HTTP Alternate");
    assertThat(narrow.lines()).allMatch(l -> l.length() <= 40).contains("8080/tcp: conflict");
    assertThat(narrow.lines())
        .contains("  conflict: IANA-assigned to http-alt")
        .anyMatch(l -> l.startsWith("      ") && l.contains("Alternate"));
    assertThat(unwrapped(narrow.out())).isEqualTo(unwrapped(piped.out()));

    String[] json = List.of(args).toArray(new String[0]);
    json = java.util.Arrays.copyOf(json, json.length + 2);
    json[json.length - 2] = "--format";
    json[json.length - 1] = "json";
    assertThat(portreg(folder, "40", json)).isEqualTo(portreg(folder, null, json));
  }

  @Test
  void localListIsATableWithTheDescriptionWrappedOrBlocksWhenNarrower() throws Exception {
    String db = "jdbc:sqlite:" + folder.resolve("local.db");
    CliRun add =
        CliRun.of(
            "local",
            "add",
            "billing-api",
            "--ports",
            "18080",
            "--transport",
            "tcp",
            "--owner",
            "payments",
            "--scope",
            "cluster",
            "--description",
            "Billing API behind the internal gateway, reached by the shop and the invoicing jobs",
            "--registry",
            SharedData.newestXml().toString(),
            "--db",
            db);
    assertThat(add.code).as(add.out() + add.err()).isZero();

    Run table = portreg(folder, "72", "local", "list", "--db", db);
    Run blocks = portreg(folder, "40", "local", "list", "--db", db);
    Run piped = portreg(folder, null, "local", "list", "--db", db);

    assertThat(piped.out())
        .isEqualTo(
            "billing-api\t18080/tcp\tpayments\tcluster\tBilling API behind the internal gateway,"
                + " reached by the shop and the invoicing jobs\n");
    assertThat(table.lines()).allMatch(l -> l.length() <= 72);
    assertThat(table.lines().get(0)).matches("Name +Ports +Owner +Scope +Description");
    assertThat(table.lines().get(1))
        .startsWith("billing-api  18080/tcp  payments  cluster  Billing API");
    assertThat(table.lines().get(2)).startsWith(" ".repeat(43)).doesNotStartWith(" ".repeat(44));
    assertThat(blocks.lines())
        .allMatch(l -> l.length() <= 40)
        .first()
        .isEqualTo("billing-api  18080/tcp");
    assertThat(blocks.lines()).contains("  Owner: payments", "  Scope: cluster");
    for (Run fitted : List.of(table, blocks)) {
      assertThat(fitted.out()).contains("invoicing");
    }
  }
}
