package org.portreg.cli.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.cli.CliRun;
import org.portreg.testing.SharedData;

class SearchFreeMapCommandTest {
  String registry;

  @BeforeEach
  void findRegistry() {
    registry = SharedData.history("2024-11-22").toString();
  }

  @Test
  void searchPrintsRowsContactsAndThePage() {
    CliRun run = CliRun.of("search", "https", "443", "--registry", registry);
    assertThat(run.code).isZero();
    assertThat(run.out())
        .contains("tungsten-https", "Contact Information", "Organization", "[Randall_Stewart]");
    assertThat(run.out()).contains("Page 1 of 1 (13 rows)");
  }

  @Test
  void aPagePastTheEndIsNotFoundAndAllGivesEveryRow() {
    CliRun past = CliRun.of("search", "https", "--page", "99", "--registry", registry);
    CliRun all = CliRun.of("search", "43", "--all", "--registry", registry, "--format", "json");
    CliRun paged = CliRun.of("search", "43", "--registry", registry, "--format", "json");

    assertThat(past.code).isEqualTo(1);
    assertThat(past.err()).contains("there is no page 99: 'https' has 1 page (");
    assertThat(past.out()).isEmpty();
    assertThat(all.code).isZero();
    assertThat(all.out()).contains("\"page\":1,\"pageCount\":1,");
    int total = Integer.parseInt(all.out().replaceAll("(?s).*\"total\":(\\d+),.*", "$1"));
    assertThat(total).isGreaterThan(100);
    assertThat(all.out().split("\"serviceName\"|\"name\"", -1).length - 1)
        .isGreaterThanOrEqualTo(total);
    assertThat(paged.out()).contains("\"pageCount\":" + ((total + 99) / 100) + ",");
  }

  @Test
  void searchWithoutMatchIsAnEmptyResultWithExitZero() {
    CliRun run = CliRun.of("search", "zzqqxx", "--registry", registry);
    assertThat(run.code).isZero();
    assertThat(run.out()).contains("No records match 'zzqqxx'.");
  }

  @Test
  void searchPagesAndRejectsMalformedTerms() {
    CliRun page2 =
        CliRun.of("search", "43", "--page", "2", "--registry", registry, "--format", "json");
    assertThat(page2.out()).startsWith("{\"query\":\"43\",\"page\":2,");
    CliRun bad = CliRun.of("search", "port:abc", "--registry", registry);
    assertThat(bad.code).isEqualTo(2);
    assertThat(bad.err()).contains("search: 'port:abc': port must be");
    String csv = CliRun.of("search", "\"53\"", "--registry", registry, "--format", "csv").out();
    assertThat(csv.split("\r\n")[0]).startsWith("Service Name,Port Number");
  }

  @Test
  void freeListsUnassignedPortsOnAllTransports() {
    CliRun run =
        CliRun.of("free", "--transport", "tcp,udp", "--count", "4", "--registry", registry);
    assertThat(run.code).isZero();
    assertThat(run.out().lines()).hasSize(4).allMatch(l -> Integer.parseInt(l) >= 1024);
    CliRun block =
        CliRun.of(
            "free",
            "--transport",
            "sctp",
            "--count",
            "3",
            "--contiguous",
            "--range",
            "system",
            "--registry",
            registry);
    assertThat(block.out().strip()).isEqualTo("1-3");
    assertThat(CliRun.of("free", "--transport", "icmp", "--registry", registry).code).isEqualTo(2);
    assertThat(CliRun.of("free", "--range", "dynamic", "--registry", registry).code).isEqualTo(2);
  }

  @Test
  void mapWritesSvgAndPng(@TempDir Path dir) throws Exception {
    Path svg = dir.resolve("map.svg");
    Path png = dir.resolve("map.png");
    assertThat(CliRun.of("map", "--out", svg.toString(), "--registry", registry).code).isZero();
    assertThat(CliRun.of("map", "--out", png.toString(), "--registry", registry).code).isZero();
    assertThat(Files.readString(svg)).startsWith("<?xml").contains("<svg", "Dynamic");
    byte[] head = Files.readAllBytes(png);
    assertThat(head[1]).isEqualTo((byte) 'P');
    assertThat(
            CliRun.of("map", "--out", dir.resolve("map.gif").toString(), "--registry", registry)
                .code)
        .isEqualTo(2);
  }
}
