package org.portreg.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;
import org.portreg.search.SearchQuery;

/** Which local assignments a lookup or a search shows beside IANA's records. */
class LocalMatchesTest {
  private static final LocalAssignment BILLING =
      new LocalAssignment(
          "billing-api",
          Optional.of(PortRange.of(8080)),
          Set.of(Transport.TCP),
          "payments",
          "payments@example.org",
          Scope.CLUSTER,
          List.of("prod"),
          "Billing API behind the gateway",
          Optional.of(LocalDate.of(2026, 12, 3)),
          Optional.empty(),
          "");
  private static final LocalAssignment EXPORTERS =
      LocalAssignment.of(
          "exporters",
          Optional.of(PortRange.of(9100, 9199)),
          Set.of(Transport.TCP, Transport.UDP),
          "platform");
  private static final LocalAssignment LEDGER =
      LocalAssignment.of("Ledger", Optional.empty(), Set.of(), "finance");
  private static final List<LocalAssignment> ALL = List.of(LEDGER, EXPORTERS, BILLING);

  private static List<String> names(List<LocalAssignment> found) {
    return found.stream().map(LocalAssignment::name).toList();
  }

  private static List<String> search(String query) {
    return names(LocalMatches.search(ALL, SearchQuery.parse(query)));
  }

  @Test
  void findsEntriesOnAPortOrRangeOnOneOrAnyTransport() {
    assertThat(names(LocalMatches.onPorts(ALL, PortRange.of(8080), null)))
        .containsExactly("billing-api");
    assertThat(LocalMatches.onPorts(ALL, PortRange.of(8080), Transport.UDP)).isEmpty();
    assertThat(names(LocalMatches.onPorts(ALL, PortRange.of(8000, 9100), Transport.TCP)))
        .containsExactly("billing-api", "exporters");
    assertThat(names(LocalMatches.onPorts(ALL, PortRange.of(9150), Transport.UDP)))
        .containsExactly("exporters");
  }

  @Test
  void findsAnEntryByNameCaseInsensitively() {
    assertThat(names(LocalMatches.named(ALL, "BILLING-API", null))).containsExactly("billing-api");
    assertThat(names(LocalMatches.named(ALL, "billing-api", Transport.TCP)))
        .containsExactly("billing-api");
    assertThat(LocalMatches.named(ALL, "billing-api", Transport.UDP)).isEmpty();
    assertThat(names(LocalMatches.named(ALL, "ledger", null))).containsExactly("Ledger");
  }

  @Test
  void searchesNameDescriptionOwnerAndPortsWithTheRegistrySemantics() {
    assertThat(search("billing")).containsExactly("billing-api");
    assertThat(search("gateway")).containsExactly("billing-api");
    assertThat(search("payments")).containsExactly("billing-api");
    assertThat(search("FINANCE")).containsExactly("Ledger");
    assertThat(search("8080")).containsExactly("billing-api");
    assertThat(search("\"billing\" api")).containsExactly("billing-api");
    assertThat(search("\"bill\"")).isEmpty();
    assertThat(search("port:9150")).containsExactly("exporters");
    assertThat(search("port:8000-9100 proto:udp")).containsExactly("exporters");
    assertThat(search("name:b*")).containsExactly("billing-api");
    assertThat(search("assignee:platform")).containsExactly("exporters");
    assertThat(search("updated:2026-12")).containsExactly("billing-api");
    assertThat(search("status:assigned payments")).containsExactly("billing-api");
    assertThat(search("status:unassigned")).isEmpty();
    assertThat(search("billing platform")).isEmpty();
    assertThat(search("")).isEmpty();
  }

  @Test
  void answersByFirstPortThenName() {
    assertThat(names(LocalMatches.sorted(ALL)))
        .containsExactly("Ledger", "billing-api", "exporters");
  }

  @Test
  void showsAnEntryInTwelveColumnsPerTransport() {
    assertThat(LocalColumns.rows(EXPORTERS)).hasSize(2);
    assertThat(LocalColumns.rows(LEDGER)).hasSize(1);
    assertThat(LocalColumns.of(BILLING, Transport.TCP))
        .containsExactly(
            "billing-api",
            "8080",
            "tcp",
            "Billing API behind the gateway",
            "payments",
            "payments@example.org",
            "2026-12-03",
            "",
            "",
            "",
            "",
            "");
    assertThat(LocalColumns.oneLine("  a \t\n b\r\nc  ")).isEqualTo("a b c");
  }
}
