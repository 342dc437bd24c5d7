package org.portreg.cli.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.cli.CliRun;
import org.portreg.testing.SharedData;

class ReconcileCommandTest {
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(String... args) {
    return CliRun.run(args, out, new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  static Path seed(String prefix) throws IOException {
    try (Stream<Path> files = Files.list(SharedData.seeds())) {
      return files
          .filter(p -> p.getFileName().toString().startsWith(prefix + "_"))
          .findFirst()
          .orElseThrow();
    }
  }

  @Test
  void agreeingSeedExits0WithASummary() throws IOException {
    Path seed = seed("003");
    String registry = SharedData.history("2024-11-22").toString();
    assertThat(run("reconcile", seed.toString(), "--registry", registry)).isZero();
    assertThat(out())
        .startsWith(seed + " against registry 2024-11-22: 13 rows, 13 agree, 0 differ, 0 not found")
        .contains("'2021-10-01' is the Modification Date, not the Registration Date")
        .endsWith("everything agrees\n");
  }

  @Test
  void alteredExcerptExits1AndNamesTheColumnInJson(@TempDir Path dir) throws IOException {
    String text = Files.readString(seed("001"), StandardCharsets.UTF_8);
    Path copy = dir.resolve("altered.txt");
    Files.writeString(copy, text.replace("TFTP over TLS [Mark", "TFTP over DTLS [Mark"));
    String registry = SharedData.history("2025-09-29").toString();
    assertThat(run("reconcile", copy.toString(), "--registry", registry, "--format", "json"))
        .isEqualTo(1);
    assertThat(out())
        .contains("\"agrees\" : false")
        .contains("\"key\" : \"tftps 3713/tcp\"")
        .contains("\"column\" : \"Description\"")
        .contains("\"excerpt\" : \"TFTP over DTLS\"");
  }

  @Test
  void unreadableExcerptExits65(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.txt");
    Files.writeString(bad, "not an excerpt\n");
    assertThat(run("reconcile", bad.toString(), "--registry", bad.toString())).isEqualTo(65);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(bad + ":1:1: no registry table");
  }

  @Test
  void missingExcerptExits2() {
    assertThat(run("reconcile")).isEqualTo(2);
  }

  /** Issue 15: like the other commands, against the database's version of a date. */
  @Test
  void reconcilesWithTheDatabasesVersionAsOfADate(@TempDir Path dir) throws IOException {
    String db = "jdbc:sqlite:" + dir.resolve("portreg.db");
    String older = SharedData.history("2024-11-22").toString();
    String newer = SharedData.history("2025-09-29").toString();
    assertThat(run("db", "import", older, newer, "--db", db)).isZero();
    out.reset();
    Path seed = seed("003");
    assertThat(run("reconcile", seed.toString(), "--db", db, "--as-of", "2024-12-01")).isZero();
    assertThat(out())
        .startsWith(
            seed + " against registry 2024-11-22: 13 rows, 13 agree, 0 differ, 0 not found");
  }

  @Test
  void helpExplainsTheExitStatus() {
    assertThat(run("reconcile", "--help")).isZero();
    assertThat(out()).contains("1 when rows").contains("--format");
  }

  @Test
  void convertsASeedToJson() throws IOException {
    assertThat(run("convert", seed("002").toString(), "--to", "json")).isZero();
    assertThat(out()).contains("\"dns-update-tls\"").contains("\"Stuart_Cheshire\"");
  }
}
