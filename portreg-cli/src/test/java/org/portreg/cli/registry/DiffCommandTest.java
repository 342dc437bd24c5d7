package org.portreg.cli.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.cli.CliRun;
import org.portreg.cli.common.FileRegistryArgument;
import org.portreg.cli.common.RegistryArgument;
import org.portreg.testing.SharedData;
import picocli.CommandLine;

class DiffCommandTest {
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(String... args) {
    return CliRun.run(args, out, new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  static String history(String date) {
    return SharedData.history(date).toString();
  }

  @Test
  void showsTheRoughtimeAssignmentAsText() {
    assertThat(run("diff", history("2026-03-18"), history("2026-03-27"))).isZero();
    assertThat(out())
        .startsWith("Registry 2026-03-18 → 2026-03-27\nRecords 14510 → 14512: 3 added, 1 removed")
        .contains("- 5319: Unassigned, split into 2:\n    + roughtime 5319/tcp: ")
        .contains(
            "~ udpstp 24601/udp\n    description: \"UDP-based IP-Layer Capacity and performance")
        .contains("+ s2connect tcp: S2 Connect energy management protocol");
    assertThat(err.size()).isZero();
  }

  @Test
  void aSearchRestrictsTheDiffToTheRecordsItMatches() {
    assertThat(run("diff", history("2026-03-18"), history("2026-03-27"), "--search", "roughtime"))
        .isZero();
    assertThat(out())
        .startsWith("Registry 2026-03-18 → 2026-03-27\n")
        .contains("+ roughtime 5319/tcp")
        .doesNotContain("udpstp")
        .doesNotContain("s2connect");
    out.reset();
    assertThat(run("diff", history("2026-03-18"), history("2026-03-27"), "--search", "s2connect"))
        .isZero();
    assertThat(out()).contains("+ s2connect tcp").doesNotContain("roughtime");
  }

  @Test
  void takesDatesFromTheStore(@TempDir Path dir) {
    String db = "jdbc:sqlite:" + dir.resolve("portreg.db");
    assertThat(run("db", "import", "--db", db, history("2026-03-18"), history("2026-03-27")))
        .isZero();
    out.reset();
    assertThat(run("diff", "2026-03-20", "2026-03-27", "--db", db)).isZero();
    assertThat(out())
        .startsWith("Registry 2026-03-18 → 2026-03-27\nRecords 14510 → 14512")
        .contains("+ roughtime 5319/tcp");
  }

  @Test
  void saysWhichVersionsItComparesAndRefusesAVersionAgainstItself(@TempDir Path dir) {
    String db = "jdbc:sqlite:" + dir.resolve("portreg.db");
    assertThat(run("db", "import", "--db", db, history("2026-03-18"), history("2026-03-27")))
        .isZero();
    err.reset();
    assertThat(run("diff", "2026-03-20", "today", "--db", db)).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("comparing version 2026-03-18 with version 2026-03-27");
    err.reset();
    out.reset();

    assertThat(run("diff", "2030-01-01", "2030-02-01", "--db", db)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("2030-01-01 and 2030-02-01 both name stored version 2026-03-27");
    assertThat(out()).isEmpty();
  }

  @Test
  void saysWhenNoVersionIsStoredForADate(@TempDir Path dir) {
    String db = "jdbc:sqlite:" + dir.resolve("empty.db");
    assertThat(run("diff", "2020-01-01", "2020-02-01", "--db", db)).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("no registry version stored on or before 2020-01-01");
  }

  @Test
  void writesJsonForTools() {
    assertThat(run("diff", history("2026-01-23"), history("2026-02-02"), "--format", "json"))
        .isZero();
    assertThat(out())
        .startsWith("{\n  \"format\" : \"portreg-diff\",\n  \"version\" : 1,")
        .contains("\"before\" : \"[RFC-ietf-dhc-rfc8415bis-12]\",\n")
        .contains("\"after\" : \"[RFC9915]\"")
        .contains("\"change\" : \"split\"");
  }

  @Test
  void exitsZeroWhenThereAreNoDifferences() {
    String newest = SharedData.newestXml().toString();
    assertThat(run("diff", newest, newest)).isZero();
    assertThat(out()).startsWith("Registry 2026-08-17 → 2026-08-17: no differences\n");
  }

  @Test
  void badInputExits65WithFileLineAndColumn(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.xml");
    Files.writeString(bad, "<registry>\n  <updated>2026-13-01</updated>\n</registry>\n");
    assertThat(run("diff", history("2026-08-17"), bad.toString())).isEqualTo(65);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(bad + ":2:");
    assertThat(out.size()).isZero();
  }

  @Test
  void missingFileExits74() {
    assertThat(run("diff", "/nonexistent/old.xml", "/nonexistent/new.xml")).isEqualTo(74);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("/nonexistent/old.xml: no such file");
  }

  @Test
  void unknownOutputFormatExits2() {
    assertThat(run("diff", "a.xml", "b.xml", "--format", "yaml")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--format must be text or json, was 'yaml'");
  }

  @Test
  void resolvesArgumentsThroughTheRegistryArgument() {
    List<String> asked = new ArrayList<>();
    RegistryArgument byDate =
        argument -> {
          asked.add(argument);
          return new FileRegistryArgument().resolve(history(argument));
        };
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> type) throws Exception {
            return type == DiffCommand.class
                ? type.cast(new DiffCommand(byDate))
                : CommandLine.defaultFactory().create(type);
          }
        };
    Object main = CliRun.main(out, new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(new CommandLine(main, factory).execute("diff", "2026-04-30", "2026-05-04")).isZero();
    assertThat(asked).containsExactly("2026-04-30", "2026-05-04");
    assertThat(out()).contains("Header: updated, experts").contains("Jana Iyengar");
  }
}
