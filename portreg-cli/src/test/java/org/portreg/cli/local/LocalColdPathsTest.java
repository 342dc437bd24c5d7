package org.portreg.cli.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.testing.SharedData;

/**
 * Issue 16 with the local assignments on the default database, as real processes: lookup, search,
 * free and check answer from the database snapshot (its local file included) without loading
 * picocli or the SQLite driver, byte for byte as the full path over the same database ({@code
 * --db}) does; a local write makes the snapshot stale and the next answer is the new state's.
 */
class LocalColdPathsTest {
  @TempDir static Path home;
  static String url;

  @BeforeAll
  static void importTheNewestRegistryAndAddLocalEntries() throws Exception {
    url = "jdbc:sqlite:" + home.resolve("data/portreg/portreg.db");
    require(run("db", "import", SharedData.newestXml().toString()));
    require(
        run(
            "local",
            "add",
            "billing-api",
            "--ports",
            "8080",
            "--transport",
            "tcp",
            "--owner",
            "payments",
            "--scope",
            "cluster",
            "--since",
            "2026-12-03",
            "--description",
            "Billing API",
            "--force",
            "--as",
            "ann"));
    require(
        run(
            "local",
            "add",
            "ledger",
            "--ports",
            "29200-29210",
            "--transport",
            "tcp,udp",
            "--owner",
            "finance",
            "--description",
            "Ledger",
            "--force",
            "--as",
            "ann"));
    require(
        run(
            "local",
            "acknowledge",
            "billing-api",
            "iana:http-alt:8080/tcp",
            "--reason",
            "internal only",
            "--as",
            "ann"));
  }

  @Test
  void answersFromTheSnapshotWithoutJdbcAsTheFullPathDoes() throws Exception {
    String[][] commands = {
      {"lookup", "8080/tcp"},
      {"lookup", "billing-api", "--format", "json"},
      {"lookup", "29205", "--format", "csv"},
      {"search", "billing"},
      {"search", "ledger", "--format", "json"},
      {"free", "--transport", "tcp,udp", "--count", "3", "--range", "user"},
      {"check", "8080/tcp", "ledger"},
      {"check", "--all", "--format", "json"},
      {"check", "--all", "--strict"}
    };
    run("lookup", "443");
    for (String[] command : commands) {
      Run cold = run(command);
      Run full = run(withDb(command));
      String what = String.join(" ", command);
      assertThat(cold.out).as(what).isEqualTo(full.out).isNotEmpty();
      assertThat(cold.err).as(what).isEqualTo(full.err);
      assertThat(cold.code).as(what).isEqualTo(full.code);
      assertThat(cold.classes).as(what).doesNotContain("picocli.CommandLine ", "org.sqlite.");
      assertThat(full.classes).as(what).contains("org.sqlite.");
    }
  }

  @Test
  void marksTheLocalEntriesAndFollowsALocalWrite() throws Exception {
    Run lookup = run("lookup", "8080/tcp");
    assertThat(lookup.out)
        .contains("http-alt  8080  tcp")
        .contains("Local assignments (portreg local; not in IANA's registry)")
        .contains("billing-api  8080   tcp    payments  cluster  2026-12-03");
    Run check = run("check", "8080/tcp");
    assertThat(check.code).isEqualTo(1);
    assertThat(check.out)
        .contains("held by local assignment billing-api (8080/tcp, owner payments)");
    assertThat(check.classes).doesNotContain("org.sqlite.");

    require(run("local", "remove", "ledger", "--reason", "moved", "--as", "ann"));
    Run after = run("lookup", "29205");
    assertThat(after.out).contains("unassigned  Unassigned").doesNotContain("Local", "ledger");
    Run again = run("lookup", "29205");
    assertThat(again.out).isEqualTo(after.out);
    assertThat(again.classes).doesNotContain("org.sqlite.");
    require(
        run(
            "local",
            "add",
            "ledger",
            "--ports",
            "29200-29210",
            "--transport",
            "tcp,udp",
            "--owner",
            "finance",
            "--description",
            "Ledger",
            "--force",
            "--as",
            "ann"));
    assertThat(run("lookup", "29205").out).contains("ledger  29200-29210  tcp,udp  finance");
  }

  private static String[] withDb(String[] command) {
    String[] all = java.util.Arrays.copyOf(command, command.length + 2);
    all[command.length] = "--db";
    all[command.length + 1] = url;
    return all;
  }

  private static void require(Run run) {
    assertThat(run.code).as(run.err).isZero();
  }

  record Run(int code, String out, String err, String classes) {}

  static Run run(String... args) throws IOException, InterruptedException {
    Path classes = Files.createTempFile(home, "classes-", ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Xlog:class+load=info:file=" + classes);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.portreg.cli.Entry");
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
    builder.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
    builder.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
    builder.environment().put("COLUMNS", "200");
    builder.environment().remove("PORTREG_DB");
    builder.environment().remove("PORTREG_REGISTRY");
    builder.environment().remove("PORTREG_POLICY");
    Path out = Files.createTempFile(home, "out-", ".txt");
    Path err = Files.createTempFile(home, "err-", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("portreg " + String.join(" ", args) + " did not end");
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8),
        Files.readString(classes, StandardCharsets.UTF_8));
  }
}
