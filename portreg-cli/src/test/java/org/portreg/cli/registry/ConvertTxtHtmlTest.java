package org.portreg.cli.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.cli.CliRun;
import org.portreg.format.ReadOptions;
import org.portreg.format.txt.TxtFormat;
import org.portreg.io.Registries;
import org.portreg.model.Registry;
import org.portreg.testing.SharedData;

class ConvertTxtHtmlTest {
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(String... args) {
    return CliRun.run(args, out, new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesTextAtTheGivenWidth() {
    assertThat(run("convert", SharedData.newestXml().toString(), "--to", "txt", "--width", "100"))
        .isZero();
    assertThat(out().lines().mapToInt(String::length).max().orElseThrow()).isLessThanOrEqualTo(100);
    assertThat(out()).contains("Contact Information").contains("Last Updated\n    2026-08-17");
  }

  @Test
  void writesTheTableThatReadsBackWhenTheOutputIsNoTerminal() {
    // Not a terminal and no COLUMNS: the table at the width it needs (a file, a pipe), issue 15.
    Assumptions.assumeTrue(System.getenv("COLUMNS") == null, "COLUMNS is set");
    Registry registry = Registries.read(SharedData.newestXml());
    assertThat(run("convert", SharedData.newestXml().toString(), "--to", "txt")).isZero();
    assertThat(out().lines().mapToInt(String::length).max().orElseThrow())
        .isEqualTo(TxtFormat.tableWidth(registry));
    assertThat(
            TxtFormat.readText(out(), "out.txt", ReadOptions.LENIENT).registry().records().size())
        .isEqualTo(registry.records().size());
  }

  @Test
  void writesHtml() {
    assertThat(run("convert", SharedData.newestXml().toString(), "--to", "html")).isZero();
    assertThat(out()).startsWith("<!DOCTYPE html>").contains("<h2>Contact Information</h2>");
  }

  @Test
  void readsTheOfficialTextAndWritesItAsXml() {
    Path txt = SharedData.pair("2024-03-18/service-names-port-numbers.txt.gz");
    assertThat(run("convert", txt.toString(), "--to", "json")).isZero();
    assertThat(out().split("\"status\" :", -1)).hasSize(14444 + 1);
  }

  @Test
  void brokenTextExits65WithFileLineAndColumn(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.txt");
    Files.writeString(
        bad,
        "Service Name and Transport Protocol Port Number Registry\n\n"
            + "Service Name   Port Number Transport Description Assignee Contact Registration"
            + " Modification Reference Service Unauthorized Assignment Notes\n"
            + "http           8x0         tcp       Web\n");
    assertThat(run("convert", bad.toString(), "--to", "xml")).isEqualTo(65);
    assertThat(err()).startsWith(bad + ":4:").contains("bad port");
    assertThat(out.size()).isZero();
  }

  @Test
  void truncatedTextExits65(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("cut.txt");
    Files.writeString(
        bad,
        "Service Name   Port Number Transport Description Assignee Contact Registration"
            + " Modification Reference Service Unauthorized Assignment Notes\n"
            + "http           80          tcp       Web\n");
    assertThat(run("convert", bad.toString(), "--to", "xml")).isEqualTo(65);
    assertThat(err()).startsWith(bad + ":3:1:").contains("truncated table");
  }

  @Test
  void widthOnlyAppliesToText() {
    assertThat(run("convert", "x.xml", "--to", "html", "--width", "100")).isEqualTo(2);
    assertThat(err()).contains("--width applies to --to txt only");
  }

  @Test
  void refusesATooNarrowWidth() {
    assertThat(run("convert", "x.xml", "--to", "txt", "--width", "20")).isEqualTo(2);
    assertThat(err()).contains("--width must be at least 47, was 20");
  }
}
