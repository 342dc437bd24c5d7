package org.portreg.cli.registry;

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
 * The README's read commands on the default database, as real processes with their own XDG folders:
 * the first run takes the full path and saves the snapshot; the next runs answer from it without
 * loading picocli, JDBC or the SQLite driver, with the same output byte for byte; a newer import
 * makes the snapshot stale, and the next answer is the newer version's.
 */
class ColdPathsTest {
  @TempDir static Path home;

  @BeforeAll
  static void importTwoVersions() throws Exception {
    List<Path> history = SharedData.historyFiles();
    Run imported =
        run(
            "db",
            "import",
            history.get(history.size() - 3).toString(),
            history.get(history.size() - 2).toString());
    assertThat(imported.code).as(imported.err).isZero();
  }

  @Test
  void answersFromTheSnapshotWithoutPicocliOrJdbcAndAsTheFullPathDoes() throws Exception {
    String[][] commands = {
      {"lookup", "443/tcp"},
      {"search", "https", "--format", "json"},
      {"search", "kerberos", "--all", "--format", "csv"},
      {"free", "--transport", "tcp,udp", "--count", "4"},
      {"lookup", "domain", "--as-of", olderDate()}
    };
    for (String[] command : commands) {
      Run full = run(command);
      Run cold = run(command);
      assertThat(cold.out).as(String.join(" ", command)).isEqualTo(full.out).isNotEmpty();
      assertThat(cold.err).isEqualTo(full.err);
      assertThat(cold.code).isEqualTo(full.code);
      assertThat(cold.classes)
          .as("classes loaded by the cold run")
          .doesNotContain("picocli.", "org.sqlite.", "com.zaxxer.hikari.");
      assertThat(ourLambdas(cold.classes))
          .as("lambdas of ours linked by the cold run (each sets up method handles)")
          .isEmpty();
    }
  }

  /** The lambda classes of portreg's own code in a class-loading log. */
  static List<String> ourLambdas(String classes) {
    return classes
        .lines()
        .filter(line -> line.contains(" org.portreg.") && line.contains("$$Lambda"))
        .toList();
  }

  @Test
  void listsTheVersionsFromTheCatalogueAsTheDatabaseDoes() throws Exception {
    String url = "jdbc:sqlite:" + home.resolve("data/portreg/portreg.db");
    run("lookup", "443/tcp");
    Run cold = run("db", "versions");
    Run full = run("db", "versions", "--db", url);
    assertThat(cold.out).isEqualTo(full.out).contains(olderDate());
    assertThat(cold.classes).doesNotContain("picocli.CommandLine ", "org.sqlite.");
    assertThat(full.classes).contains("org.sqlite.");
  }

  @Test
  void tellsHistoryFromItsCopyOfTheRowsAsTheDatabaseDoes() throws Exception {
    String url = "jdbc:sqlite:" + home.resolve("data/portreg/portreg.db");
    for (String query : List.of("https", "HTTP", "443/tcp", "53", "5319/udp")) {
      Run database = run("db", "history", query, "--db", url);
      run("db", "history", query); // the full path on the default database saves the rows
      Run cold = run("db", "history", query);
      assertThat(cold.out).as(query).isEqualTo(database.out).contains("present");
      assertThat(cold.code).isEqualTo(database.code).isZero();
      assertThat(cold.classes).doesNotContain("picocli.CommandLine ", "org.sqlite.");
    }
    Run nothing = run("db", "history", "no-such-service-anywhere");
    assertThat(nothing.code).isEqualTo(1);
    assertThat(nothing.err).contains("no record matches no-such-service-anywhere");
  }

  @Test
  void diffsFromItsCopyOfThePartsAsTheDatabaseDoes() throws Exception {
    String url = "jdbc:sqlite:" + home.resolve("data/portreg/portreg.db");
    String older = olderDate();
    String newer = newerDate();
    for (String[] pair : new String[][] {{older, newer}, {newer, older}}) {
      for (String format : List.of("text", "json")) {
        Run database = run("diff", pair[0], pair[1], "--format", format, "--db", url);
        // The first run answers from the store's rows and saves them; the next maps them.
        Run saving = run("diff", pair[0], pair[1], "--format", format);
        assertThat(saving.out).isEqualTo(database.out);
        assertThat(saving.err).isEqualTo(database.err);
        assertThat(saving.code).isEqualTo(database.code);
        Run cold = run("diff", pair[0], pair[1], "--format", format);
        assertThat(cold.out).as("%s %s", format, pair[0]).isEqualTo(database.out).isNotEmpty();
        assertThat(cold.err).isEqualTo(database.err).startsWith("portreg: comparing version");
        assertThat(cold.code).isEqualTo(database.code).isZero();
        assertThat(cold.classes).doesNotContain("picocli.CommandLine ", "org.sqlite.");
        assertThat(database.classes).contains("org.sqlite.");
      }
    }
    Run same = run("diff", newer, newer);
    assertThat(same.code).isEqualTo(2);
    assertThat(same.err).contains("both name stored version " + newer);
    Run none = run("diff", "1990-01-01", newer);
    assertThat(none.code).isEqualTo(1);
    assertThat(none.err).contains("no registry version stored on or before 1990-01-01");
  }

  @Test
  void aCorruptCopyOfThePartsIsNotTrusted() throws Exception {
    run("diff", olderDate(), newerDate());
    Path parts;
    try (var files = Files.walk(home.resolve("cache"))) {
      parts = files.filter(f -> f.endsWith("parts.bin")).findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(parts);
    bytes[bytes.length / 2] ^= 0x20;
    Files.write(parts, bytes);
    Run again = run("diff", olderDate(), newerDate());
    assertThat(again.classes).contains("org.sqlite.");
    Run cold = run("diff", olderDate(), newerDate());
    assertThat(cold.classes).doesNotContain("org.sqlite.");
    assertThat(cold.out).isEqualTo(again.out).contains("Records");
  }

  @Test
  void aCorruptCopyOfTheRowsIsNotTrusted() throws Exception {
    run("db", "history", "https");
    Path rows;
    try (var files = Files.walk(home.resolve("cache"))) {
      rows = files.filter(f -> f.endsWith("history.bin")).findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(rows);
    bytes[bytes.length / 2] ^= 0x20;
    Files.write(rows, bytes);
    Run again = run("db", "history", "https");
    assertThat(again.classes).contains("org.sqlite.");
    assertThat(again.out).contains("https 443/tcp");
    assertThat(run("db", "history", "https").classes).doesNotContain("org.sqlite.");
  }

  @Test
  void aNewerImportIsAnsweredAtOnce() throws Exception {
    Path newest = SharedData.historyFiles().get(SharedData.historyFiles().size() - 1);
    run("search", "https");
    assertThat(run("db", "import", newest.toString()).code).isZero();
    Run after = run("search", "https", "--format", "csv", "--all");
    Run file = run("search", "https", "--format", "csv", "--all", "--registry", newest.toString());
    assertThat(after.out).isEqualTo(file.out);
    Run again = run("search", "https", "--format", "csv", "--all");
    assertThat(again.out).isEqualTo(file.out);
    assertThat(again.classes).doesNotContain("org.sqlite.");
    String url = "jdbc:sqlite:" + home.resolve("data/portreg/portreg.db");
    Run history = run("db", "history", "https");
    assertThat(history.classes)
        .as("the rows kept before the import are stale")
        .contains("org.sqlite.");
    assertThat(history.out).isEqualTo(run("db", "history", "https", "--db", url).out);
    String[] diff = {"diff", olderDate(), newest.getFileName().toString().substring(0, 10)};
    run(diff); // saves the parts as they stand now, whatever ran before
    Run afterImport = run(diff);
    assertThat(afterImport.classes).doesNotContain("org.sqlite.");
    assertThat(afterImport.out)
        .isEqualTo(run("diff", diff[1], diff[2], "--db", url).out)
        .isNotEmpty();
  }

  /** The date of the older of the two versions imported first. */
  static String olderDate() {
    List<Path> history = SharedData.historyFiles();
    return history.get(history.size() - 3).getFileName().toString().substring(0, 10);
  }

  /** The date of the newer of the two versions imported first. */
  static String newerDate() {
    List<Path> history = SharedData.historyFiles();
    return history.get(history.size() - 2).getFileName().toString().substring(0, 10);
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
