package org.portreg.cli.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.cli.CliRun;
import org.portreg.format.RecordColumns;
import org.portreg.testing.SharedData;

/** {@code convert} to and from CSV, JSON and services(5). */
class ConvertFormatsTest {
  static final String HEADER = String.join(",", RecordColumns.HEADERS) + "\r\n";

  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(String... args) {
    out.reset();
    err.reset();
    return CliRun.run(args, out, new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesIanasCsvFromTheXmlAndReadsItBack(@TempDir Path dir) throws Exception {
    Path xml = SharedData.pair("2024-01-25/service-names-port-numbers.xml");
    Path csv = SharedData.pair("2024-01-25/service-names-port-numbers.csv");
    assertThat(run("convert", xml.toString(), "--to", "csv")).isZero();
    assertThat(out.toByteArray()).isEqualTo(SharedData.bytes(csv));
    Path copy = dir.resolve("registry.data");
    Files.write(copy, SharedData.bytes(csv));
    assertThat(run("convert", copy.toString(), "--to", "csv")).isZero();
    assertThat(out.toByteArray()).isEqualTo(SharedData.bytes(csv));
    assertThat(run("convert", copy.toString(), "--from", "csv", "--to", "json")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"name\" : \"whoispp\"");
  }

  @Test
  void readsJsonBackToTheSameXmlContent(@TempDir Path dir) throws Exception {
    Path xml = SharedData.newestXml();
    Path json = dir.resolve("r.json");
    assertThat(run("convert", xml.toString(), "--to", "json", "--out", json.toString())).isZero();
    assertThat(run("convert", json.toString(), "--to", "csv")).isZero();
    byte[] viaJson = out.toByteArray();
    assertThat(run("convert", xml.toString(), "--to", "csv")).isZero();
    assertThat(viaJson).isEqualTo(out.toByteArray());
  }

  @Test
  void writesServicesWithTheChosenTransportsAndRanges() {
    Path xml = SharedData.newestXml();
    assertThat(
            run(
                "convert",
                xml.toString(),
                "--to",
                "services",
                "--services-transports",
                "tcp,udp",
                "--expand-ranges"))
        .isZero();
    String services = out.toString(StandardCharsets.UTF_8);
    assertThat(services)
        .contains("\nx11             6063/tcp ")
        .doesNotContain("/sctp")
        .doesNotContain("/dccp");
    assertThat(run("convert", xml.toString(), "--to", "services")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("/sctp").doesNotContain("6063/tcp");
  }

  @Test
  void rejectsAnUnknownTransportAsUsage() {
    assertThat(run("convert", "x.xml", "--to", "services", "--services-transports", "quic"))
        .isEqualTo(2);
    assertThat(err()).contains("unknown transport 'quic'");
  }

  @Test
  void everyBrokenCsvExits65WithFileLineAndColumn(@TempDir Path dir) throws Exception {
    Map<String, byte[]> corpus = new TreeMap<>();
    corpus.put("columns.csv:2:1: expected 12 columns, found 3", bytes(HEADER + "a,1,tcp\r\n"));
    corpus.put(
        "port.csv:3:3: bad port", bytes(HEADER + "a,1,tcp,,,,,,,,,\r\nb,1x,tcp,,,,,,,,,\r\n"));
    corpus.put("transport.csv:2:5: bad transport", bytes(HEADER + "a,1,TCPX,,,,,,,,,\r\n"));
    corpus.put(
        "date.csv:2:13: bad date: not a calendar date",
        bytes(HEADER + "a,1,tcp,d,,,2024-02-30,,,,,\r\n"));
    corpus.put(
        "quote.csv:2:9: quoted field is not closed", bytes(HEADER + "a,1,tcp,\"open,,,,,,,,\r\n"));
    corpus.put("header.csv:1:1: expected IANA's header", bytes("Service Name,Port Number\r\n"));
    byte[] utf8 = bytes(HEADER + "caf?,1,tcp,,,,,,,,,\r\n");
    utf8[HEADER.length() + 3] = (byte) 0xC3;
    corpus.put("utf8.csv:2:4: invalid UTF-8", utf8);
    for (Map.Entry<String, byte[]> c : corpus.entrySet()) {
      String name = c.getKey().substring(0, c.getKey().indexOf(':'));
      Path file = dir.resolve(name);
      Files.write(file, c.getValue());
      assertThat(run("convert", file.toString(), "--from", "csv", "--to", "xml"))
          .as(name)
          .isEqualTo(65);
      assertThat(err()).as(name).startsWith(dir.resolve(c.getKey()).toString());
      assertThat(out.size()).as(name).isZero();
    }
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
