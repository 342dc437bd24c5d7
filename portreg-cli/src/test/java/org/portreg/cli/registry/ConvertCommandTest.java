package org.portreg.cli.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.cli.CliRun;
import org.portreg.format.SourceText;
import org.portreg.testing.SharedData;

class ConvertCommandTest {
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(String... args) {
    return CliRun.run(args, out, new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpNamesEveryFormatItReadsAndWrites() {
    CliRun help = CliRun.of("convert", "--help");
    assertThat(help.code).isZero();
    String text = help.out().replaceAll("\\s+", " ");
    assertThat(text)
        .contains("reads xml, csv, txt, json and saved page excerpts")
        .contains("writes xml, csv, txt, html, json and services")
        .contains("(xml, csv, txt, json, excerpt)")
        .contains("--with-local");
  }

  @Test
  void convertsTheNewestXmlToTheSameBytes() {
    Path xml = SharedData.newestXml();
    assertThat(run("convert", xml.toString(), "--to", "xml")).isZero();
    assertThat(out.toByteArray()).isEqualTo(SharedData.bytes(xml));
  }

  @Test
  void readsGzippedHistoryFiles() {
    Path gz = SharedData.history("2024-03-18");
    assertThat(run("convert", gz.toString(), "--to", "xml")).isZero();
    assertThat(out.toByteArray())
        .isEqualTo(SourceText.gunzipIfNeeded(SharedData.bytes(gz), gz.toString()));
  }

  @Test
  void writesJsonWithEveryRecord() {
    Path xml = SharedData.newestXml();
    assertThat(run("convert", xml.toString(), "--to", "json")).isZero();
    String json = out.toString(StandardCharsets.UTF_8);
    assertThat(json).startsWith("{\n  \"format\" : \"portreg-registry\"");
    assertThat(json.split("\"status\" :", -1)).hasSize(14533 + 1);
  }

  @Test
  void writesAtomicallyToOut(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("out.xml");
    Path xml = SharedData.newestXml();
    assertThat(run("convert", xml.toString(), "--to", "xml", "--out", target.toString())).isZero();
    assertThat(Files.readAllBytes(target)).isEqualTo(SharedData.bytes(xml));
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void badInputExits65WithFileLineAndColumn(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.xml");
    Files.writeString(bad, "<registry>\n  <updated>2026-13-01</updated>\n</registry>\n");
    assertThat(run("convert", bad.toString(), "--to", "xml")).isEqualTo(65);
    assertThat(err()).startsWith(bad + ":2:").contains("month must be in 1..12, was 13");
    assertThat(out.size()).isZero();
  }

  @Test
  void missingFileExits74() {
    assertThat(run("convert", "/nonexistent/registry.xml", "--to", "xml")).isEqualTo(74);
    assertThat(err()).contains("/nonexistent/registry.xml: no such file");
  }

  @Test
  void unknownFormatExits2() {
    assertThat(run("convert", "x.xml", "--to", "yaml")).isEqualTo(2);
    assertThat(err()).contains("unknown format 'yaml'");
  }

  @Test
  void noCommandExits2() {
    assertThat(run()).isEqualTo(2);
  }
}
