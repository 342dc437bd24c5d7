package org.portreg.cli.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.cli.CliRun;
import org.portreg.cli.common.RegistryOption;
import org.portreg.testing.SharedData;

class LookupCommandTest {
  @TempDir Path cache;
  String registry;

  @BeforeEach
  void useTempCache() {
    System.setProperty("portreg.cache", cache.toString());
    registry = SharedData.newestXml().toString();
  }

  @AfterEach
  void clearCache() {
    System.clearProperty("portreg.cache");
  }

  private CliRun lookup(String... args) {
    return CliRun.of(
        Stream.concat(
                Stream.of("lookup"),
                Stream.concat(Stream.of(args), Stream.of("--registry", registry)))
            .toArray(String[]::new));
  }

  @Test
  void looksUpAPortOnOneTransport() {
    CliRun run = lookup("443/tcp");
    assertThat(run.code).isZero();
    assertThat(run.out().lines()).hasSize(2);
    assertThat(run.out()).contains("https", "443", "tcp", "assigned", "http protocol over TLS/SSL");
  }

  @Test
  void looksUpAPortOnEveryTransportAndAServiceName() {
    assertThat(lookup("443").out().lines()).hasSize(4);
    CliRun byName = lookup("HTTPS");
    assertThat(byName.code).isZero();
    assertThat(byName.out()).contains("sctp");
    assertThat(lookup("6010/udp").out()).contains("x11", "6000-6063");
  }

  @Test
  void resolvesAHistoricNameAndSaysSo() {
    CliRun run = lookup("pra_elmd");
    assertThat(run.code).isZero();
    assertThat(run.err()).contains("'pra_elmd' is a historic name", "'pra-elmd'");
    assertThat(run.out()).contains("pra-elmd").doesNotContain("pra_elmd  ");
  }

  @Test
  void failsWithExitOneWhenNothingMatches() {
    CliRun port = lookup("5/sctp");
    assertThat(port.code).isEqualTo(1);
    assertThat(port.err()).contains("5/sctp: no record; the port is unassigned");
    assertThat(lookup("60000").err()).contains("the port is dynamic");
    CliRun name = lookup("no-such-service");
    assertThat(name.code).isEqualTo(1);
    assertThat(name.err()).contains("no service named 'no-such-service'");
  }

  @Test
  void rejectsBadArgumentsWithExitTwo() {
    assertThat(lookup("443/icmp").code).isEqualTo(2);
    assertThat(lookup("70000").err()).contains("port must be in 0..65535, was 70000");
    assertThat(lookup("443", "--format", "xml").code).isEqualTo(2);
  }

  @Test
  void printsCsvAndJson() {
    String csv = lookup("443/tcp", "--format", "csv").out();
    assertThat(csv)
        .startsWith("Service Name,Port Number,Transport Protocol,Description,")
        .contains(
            "\r\nhttps,443,tcp,http protocol over TLS/SSL,[IESG],[IETF_Chair],,2021-10-01,[RFC9110],,,\r\n");
    String json = lookup("443/tcp", "--format", "json").out();
    assertThat(json)
        .contains("\"name\":\"https\"", "\"number\":\"443\"", "\"status\":\"assigned\"")
        .startsWith("[");
  }

  @Test
  void writesTheCacheOnceAndRebuildsItWhenCorrupt() throws Exception {
    assertThat(lookup("443/tcp").code).isZero();
    Path file;
    try (var files = Files.list(cache)) {
      file = files.filter(f -> f.toString().endsWith(".bin")).findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x55;
    Files.write(file, bytes);
    assertThat(lookup("443/tcp").out()).contains("https");
    Files.write(file, new byte[] {1, 2, 3});
    assertThat(lookup("443/tcp").out()).contains("https");
    assertThat(Files.size(file)).isGreaterThan(1_000_000);
  }

  @Test
  void readsAGzippedHistoryVersion() {
    registry = SharedData.history("2024-11-22").toString();
    assertThat(lookup("443/sctp").out()).contains("https", "HTTPS");
  }

  @Test
  void usesTheFileFromTheEnvironmentElseTheDatabase() {
    assertThat(RegistryOption.resolve(null, "x.xml")).isEqualTo(Path.of("x.xml"));
    assertThat(RegistryOption.resolve(Path.of("a.xml"), "x.xml")).isEqualTo(Path.of("a.xml"));
    assertThat(RegistryOption.resolve(null, null)).isNull();
    assertThat(RegistryOption.resolve(null, " ")).isNull();
  }

  @Test
  void readsTheDatabaseAsOfADate(@org.junit.jupiter.api.io.TempDir Path dir) {
    String db = "jdbc:sqlite:" + dir.resolve("portreg.db");
    CliRun.run(
        new String[] {
          "db",
          "import",
          "--db",
          db,
          SharedData.history("2026-03-18").toString(),
          SharedData.history("2026-03-27").toString()
        },
        new java.io.ByteArrayOutputStream(),
        new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    java.io.ByteArrayOutputStream now = new java.io.ByteArrayOutputStream();
    assertThat(CliRun.run(new String[] {"lookup", "5319/udp", "--db", db}, now, System.err))
        .isZero();
    assertThat(now.toString(StandardCharsets.UTF_8)).contains("roughtime");
    java.io.ByteArrayOutputStream before = new java.io.ByteArrayOutputStream();
    assertThat(
            CliRun.run(
                new String[] {"lookup", "5319", "--db", db, "--as-of", "2026-03-20"},
                before,
                System.err))
        .isZero();
    assertThat(before.toString(StandardCharsets.UTF_8))
        .contains("unassigned")
        .doesNotContain("roughtime");
  }

  @Test
  void takesRelativeVersionsAndExplainsBadOnes(@org.junit.jupiter.api.io.TempDir Path dir) {
    String db = "jdbc:sqlite:" + dir.resolve("portreg.db");
    CliRun.of("db", "import", "--db", db, SharedData.history("2026-03-27").toString());

    CliRun today = CliRun.of("lookup", "5319/udp", "--db", db, "--as-of", "today");
    CliRun yesterday = CliRun.of("lookup", "5319/udp", "--db", db, "--as-of", "-1d");
    CliRun bad = CliRun.of("lookup", "5319/udp", "--db", db, "--as-of", "tomorrowish");

    assertThat(today.code).isZero();
    assertThat(today.out()).contains("roughtime");
    assertThat(yesterday.code).isZero();
    assertThat(bad.code).isEqualTo(2);
    assertThat(bad.err())
        .contains("'tomorrowish' is not a version")
        .contains("yesterday")
        .doesNotContain("Exception");
  }

  @Test
  void looksUpEveryRecordOfARangeInRegistryOrder() {
    CliRun range =
        CliRun.of(
            "lookup",
            "5000-5010",
            "--registry",
            SharedData.newestXml().toString(),
            "--format",
            "csv");
    CliRun tcp =
        CliRun.of(
            "lookup",
            "5000-5010/tcp",
            "--registry",
            SharedData.newestXml().toString(),
            "--format",
            "csv");
    CliRun backwards =
        CliRun.of("lookup", "5010-5000", "--registry", SharedData.newestXml().toString());

    assertThat(range.code).isZero();
    List<String> ports = range.out().lines().skip(1).map(l -> l.split(",")[1]).distinct().toList();
    assertThat(ports).contains("5000", "5001", "5010");
    assertThat(range.out()).contains("commplex-main").contains("udp");
    assertThat(tcp.out().lines().skip(1)).allMatch(l -> l.split(",")[2].equals("tcp"));
    assertThat(backwards.code).isEqualTo(2);
    assertThat(backwards.err()).contains("from low to high");
  }

  @Test
  void saysHowToFillAnEmptyDatabase(@org.junit.jupiter.api.io.TempDir Path dir) {
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int code =
        CliRun.run(
            new String[] {"lookup", "80", "--db", "jdbc:sqlite:" + dir.resolve("empty.db")},
            new java.io.ByteArrayOutputStream(),
            new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("no registry version stored")
        .contains("portreg db import FILE");
  }

  @Test
  void refusesAsOfWithAFile() {
    assertThat(
            CliRun.run(
                new String[] {"lookup", "80", "--registry", "x.xml", "--as-of", "2026-01-01"},
                new java.io.ByteArrayOutputStream(),
                new java.io.PrintStream(
                    new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
        .isEqualTo(2);
  }

  @Test
  void printsOneLinePerRecordWhenTheOutputIsNotATerminal() {
    // Under the build, standard output is a pipe and COLUMNS is unset: nothing is wrapped or cut.
    List<String> lines = lookup("3").out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.subList(1, 3)).allMatch(l -> l.endsWith("reserved  Reserved"));
  }
}
