package org.portreg.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.portreg.io.Registries;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;
import org.portreg.testing.SharedData;

/** Spot checks and sanity checks on the real registry history. */
class RegistryDiffHistoryTest {

  static Diff between(String older, String newer) {
    return RegistryDiff.compare(read(older), read(newer));
  }

  static Registry read(String date) {
    return Registries.read(SharedData.history(date));
  }

  static String label(ServiceRecord r) {
    return DiffText.label(r);
  }

  @Test
  void roughtimeTakesTheUnassignedPort5319OnBothTransports() {
    Diff diff = between("2026-03-18", "2026-03-27");
    // The data removes the unnamed "5319 Unassigned" row (no transport) and adds two roughtime
    // rows: a split of the unassigned port, not a change of the unassigned record.
    RecordChange.Split split =
        diff.splits().stream()
            .filter(s -> s.removed().number().get().first() == 5319)
            .findFirst()
            .orElseThrow();
    assertThat(label(split.removed())).isEqualTo("5319");
    assertThat(split.removed().description().plain()).isEqualTo("Unassigned");
    assertThat(split.parts())
        .extracting(DiffText::label)
        .containsExactly("roughtime 5319/tcp", "roughtime 5319/udp");
    assertThat(split.parts())
        .allSatisfy(
            p ->
                assertThat(p.registered())
                    .hasValueSatisfying(d -> assertThat(d).hasToString("2026-03-27")));
    assertThat(diff.recordsAdded()).isEqualTo(3);
    assertThat(diff.recordsRemoved()).isEqualTo(1);
  }

  @Test
  void dhcpv6ReferencesMoveFromTheDraftToRfc9915() {
    Diff diff = between("2026-01-23", "2026-02-02");
    List<RecordChange.Changed> dhcp =
        diff.records().stream()
            .filter(RecordChange.Changed.class::isInstance)
            .map(RecordChange.Changed.class::cast)
            .filter(c -> c.after().serviceName().orElse("").startsWith("dhcpv6"))
            .toList();
    assertThat(dhcp)
        .extracting(c -> label(c.after()))
        .containsExactly("dhcpv6-client 546/udp", "dhcpv6-server 547/udp");
    assertThat(dhcp)
        .allSatisfy(
            c -> {
              assertThat(c.kind()).isEqualTo(RecordChange.Kind.MODIFIED);
              assertThat(c.fields())
                  .containsExactly(
                      new FieldChange(
                          "references",
                          Optional.of("[RFC-ietf-dhc-rfc8415bis-12]"),
                          Optional.of("[RFC9915]")));
            });
  }

  @Test
  void expertListLosesJanaIyengarOn20260504() {
    Diff diff = between("2026-04-30", "2026-05-04");
    FieldChange experts =
        diff.header().stream().filter(f -> f.field().equals("experts")).findFirst().orElseThrow();
    assertThat(experts.before().orElseThrow()).contains("Jana Iyengar");
    assertThat(experts.after().orElseThrow()).doesNotContain("Jana Iyengar").contains("Joe Touch");
    assertThat(diff.header()).extracting(FieldChange::field).containsExactly("updated", "experts");
    assertThat(diff.records()).isEmpty();
    assertThat(diff.people()).isEmpty();
  }

  @Test
  void udpstpSplitsTheUnassignedRange24578To24665() {
    Diff diff = between("2025-09-22", "2025-09-26");
    RecordChange.Split split =
        diff.splits().stream()
            .filter(s -> s.removed().number().get().first() == 24578)
            .findFirst()
            .orElseThrow();
    assertThat(label(split.removed())).isEqualTo("24578-24665");
    assertThat(split.parts())
        .extracting(DiffText::label)
        .containsExactly("24578-24600", "udpstp 24601/udp", "24601/tcp", "24602-24665");
    assertThat(split.parts().get(1).registered())
        .hasValueSatisfying(d -> assertThat(d).hasToString("2025-09-26"));
    assertThat(split.parts().get(2).description().plain()).isEqualTo("Reserved");
  }

  @Test
  void pmcdproxyBecomingPmproxyWithANewAssigneeIsNoRename() {
    Diff diff = between("2025-09-22", "2025-09-26");
    assertThat(diff.records())
        .filteredOn(RecordChange.Removed.class::isInstance)
        .extracting(c -> label(((RecordChange.Removed) c).record()))
        .containsExactly("pmcdproxy 44322/tcp", "pmcdproxy 44322/udp");
    assertThat(diff.records())
        .filteredOn(RecordChange.Added.class::isInstance)
        .extracting(c -> label(((RecordChange.Added) c).record()))
        .containsExactly("pmproxy 44322/tcp", "pmproxy 44322/udp");
    assertThat(diff.recordsChanged(RecordChange.Kind.RENAMED)).isZero();
  }

  @Test
  void renamesOfThe20250826VersionKeepPortTransportAndAssignee() {
    Diff diff = between("2024-11-22", "2025-08-26");
    List<String> renamed =
        diff.records().stream()
            .filter(
                c -> c instanceof RecordChange.Changed ch && ch.kind() == RecordChange.Kind.RENAMED)
            .map(
                c ->
                    ((RecordChange.Changed) c).before().name().orElseThrow()
                        + " -> "
                        + label(((RecordChange.Changed) c).after()))
            .toList();
    // The two service names with spaces got well-formed replacements.
    assertThat(renamed)
        .containsExactly(
            "Apple Remote Desktop (Net Assistant) -> net-assistant 3283/tcp",
            "Apple Remote Desktop (Net Assistant) -> net-assistant 3283/udp",
            "Escale (Newton Dock) -> newton-dock 3679/tcp",
            "Escale (Newton Dock) -> newton-dock 3679/udp");
  }

  @Test
  void aVersionComparedWithItselfHasNoDifferences() {
    Path newest = SharedData.newestXml();
    Diff diff = RegistryDiff.compare(Registries.read(newest), Registries.read(newest));
    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.recordsUnchanged()).isEqualTo(14533);
    assertThat(DiffFormat.text(diff)).contains("no differences");
  }

  @Test
  void everyConsecutivePairOfTheHistoryDiffsConsistently() {
    List<Path> files = SharedData.historyFiles();
    assertThat(files).hasSizeGreaterThan(40);
    List<String> checked = new ArrayList<>();
    Registry older = Registries.read(files.get(0));
    for (Path file : files.subList(1, files.size())) {
      Registry newer = Registries.read(file);
      Diff diff = RegistryDiff.compare(older, newer);
      int growth = newer.records().size() - older.records().size();
      assertThat(diff.recordsAdded() - diff.recordsRemoved()).as(file.toString()).isEqualTo(growth);
      assertThat(diff.recordsUnchanged() + diff.recordsChanged() + diff.recordsAdded())
          .as(file.toString())
          .isEqualTo(newer.records().size());
      assertThat(diff.header()).extracting(FieldChange::field).contains("updated");
      checked.add(file.getFileName().toString());
      older = newer;
    }
    assertThat(checked).hasSize(files.size() - 1);
  }
}
