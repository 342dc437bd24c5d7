package org.portreg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.local.LocalExports;
import org.portreg.testing.SharedData;

/**
 * {@code convert --with-local} and {@code local sysctl} on the newest real registry: IANA's data
 * unchanged, the local assignments after it and marked as local.
 */
class LocalExportsCommandTest {
  @TempDir Path folder;
  String registry;
  String db;

  @BeforeEach
  void setUp() throws IOException {
    registry = SharedData.newestXml().toString();
    db = "jdbc:sqlite:" + folder.resolve("portreg.db");
    Path csv = folder.resolve("team.csv");
    Files.writeString(
        csv,
        "name,ports,transports,owner,description\n"
            + "metrics-x,7124,tcp,sre,Metrics\n"
            + "logs-x,7125,udp,sre,Logs\n"
            + "batch-x,47000-47002,tcp,data,Batch workers\n");
    assertThat(CliRun.of("local", "import", csv.toString(), "--db", db, "--as", "ann").code)
        .isZero();
  }

  @Test
  void servicesGetTheLocalLinesInTheirOwnSectionAfterIanasUnchangedOnes() {
    String plain = CliRun.of("convert", registry, "--to", "services").out();
    String combined =
        CliRun.of("convert", registry, "--to", "services", "--with-local", "--db", db).out();

    assertThat(combined).startsWith(plain);
    String local = combined.substring(plain.length());
    assertThat(local).startsWith("\n" + LocalExports.SERVICES_HEADER + "\n");
    assertThat(local).containsPattern("(?m)^metrics-x 7124/tcp +# local, sre: Metrics$");
    assertThat(local).containsPattern("(?m)^logs-x 7125/udp +# local, sre: Logs$");
    assertThat(local).contains("# batch-x 47000-47002/tcp (a range");
    String expanded =
        CliRun.of(
                "convert",
                registry,
                "--to",
                "services",
                "--with-local",
                "--expand-ranges",
                "--db",
                db)
            .out();
    assertThat(expanded).containsPattern("(?m)^batch-x 47001/tcp +# local, data: Batch workers$");
  }

  @Test
  void csvAndJsonCarryASourceColumn() throws IOException {
    List<String> csv =
        CliRun.of("convert", registry, "--to", "csv", "--with-local", "--db", db)
            .out()
            .lines()
            .toList();
    assertThat(csv.get(0)).endsWith(",Unauthorized Use Reported,Assignment Notes,Source");
    assertThat(csv.get(1)).endsWith(",IANA");
    assertThat(csv.get(csv.size() - 1)).startsWith("batch-x,47000-47002,tcp,Batch workers,data");
    assertThat(csv.get(csv.size() - 1)).endsWith(",local");

    JsonNode json =
        new ObjectMapper()
            .readTree(
                CliRun.of("convert", registry, "--to", "json", "--with-local", "--db", db).out());
    JsonNode records = json.get("records");
    assertThat(records.get(0).get("source").asText()).isEqualTo("iana");
    JsonNode last = records.get(records.size() - 1);
    assertThat(last.get("source").asText()).isEqualTo("local");
    assertThat(last.get("assignment").get("name").asText()).isEqualTo("batch-x");
  }

  @Test
  void sysctlReservesEveryLocallyHeldPortMerged() throws IOException {
    CliRun sysctl = CliRun.of("local", "sysctl", "--db", db);
    assertThat(sysctl.code).isZero();
    assertThat(sysctl.out()).endsWith("net.ipv4.ip_local_reserved_ports = 7124-7125,47000-47002\n");
    Path out = folder.resolve("90-portreg.conf");
    assertThat(CliRun.of("local", "sysctl", "--db", db, "--out", out.toString()).code).isZero();
    assertThat(Files.readString(out)).isEqualTo(sysctl.out());
  }

  @Test
  void withLocalIsRefusedWhereItHasNoMeaning() {
    CliRun xml = CliRun.of("convert", registry, "--to", "xml", "--with-local", "--db", db);
    assertThat(xml.code).isEqualTo(2);
    assertThat(xml.err()).contains("--with-local applies to --to services, csv or json");
    CliRun alone = CliRun.of("convert", registry, "--to", "csv", "--local", "x.csv");
    assertThat(alone.code).isEqualTo(2);
    assertThat(alone.err()).contains("--local needs --with-local");
  }
}
