package org.portreg.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.portreg.diff.Fixtures.registry;
import static org.portreg.diff.Fixtures.reserved;
import static org.portreg.diff.Fixtures.service;
import static org.portreg.diff.Fixtures.unassigned;
import static org.portreg.model.Transport.TCP;
import static org.portreg.model.Transport.UDP;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.portreg.model.PortRange;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Xref;

class RegistryDiffTest {
  final ServiceRecord http = service("http", 80, TCP, "IESG");
  final ServiceRecord www = service("www", 80, TCP, "IESG");
  final ServiceRecord ssh = service("ssh", 22, TCP, "Tatu_Ylonen");
  final ServiceRecord ftp = service("ftp", 21, TCP, "Jon_Postel");

  static Diff diff(List<ServiceRecord> older, List<ServiceRecord> newer) {
    return RegistryDiff.compare(registry(older), registry(newer));
  }

  @Test
  void findsNothingBetweenEqualRegistries() {
    Diff diff = diff(List.of(ftp, ssh, http), List.of(ftp, ssh, http));
    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.recordsUnchanged()).isEqualTo(3);
  }

  @Test
  void treatsReorderedEqualRecordsAsUnchanged() {
    assertThat(diff(List.of(ftp, ssh, http), List.of(http, ftp, ssh)).isEmpty()).isTrue();
  }

  @Test
  void reportsAddedAndRemovedInRegistryOrder() {
    Diff diff = diff(List.of(ftp, ssh, www), List.of(ftp, http, www));
    assertThat(diff.records())
        .containsExactly(new RecordChange.Removed(ssh, 1), new RecordChange.Added(http, 1));
    assertThat(diff.recordsAdded()).isEqualTo(1);
    assertThat(diff.recordsRemoved()).isEqualTo(1);
  }

  @Test
  void putsARemovalFirstWhenNothingBeforeItRemains() {
    Diff diff = diff(List.of(ftp, ssh), List.of(ssh));
    assertThat(diff.records()).containsExactly(new RecordChange.Removed(ftp, 0));
  }

  @Test
  void reportsChangedFieldsWithBeforeAndAfter() {
    ServiceRecord changed =
        ssh.toBuilder()
            .description("The Secure Shell")
            .references(List.of(Xref.of(org.portreg.model.XrefType.RFC, "rfc4251")))
            .build();
    Diff diff = diff(List.of(ftp, ssh), List.of(ftp, changed));
    RecordChange.Changed change = (RecordChange.Changed) diff.records().get(0);
    assertThat(change.kind()).isEqualTo(RecordChange.Kind.MODIFIED);
    assertThat(change.fields())
        .containsExactly(
            new FieldChange(
                "description", Optional.of("ssh service"), Optional.of("The Secure Shell")),
            new FieldChange("references", Optional.empty(), Optional.of("[RFC4251]")));
    assertThat(diff.recordsChanged()).isEqualTo(1);
  }

  @Test
  void matchesNamesCaseInsensitively() {
    ServiceRecord upper = ssh.toBuilder().name("SSH").build();
    RecordChange.Changed change =
        (RecordChange.Changed) diff(List.of(ssh), List.of(upper)).records().get(0);
    assertThat(change.kind()).isEqualTo(RecordChange.Kind.MODIFIED);
    assertThat(change.fields())
        .containsExactly(new FieldChange("name", Optional.of("ssh"), Optional.of("SSH")));
  }

  @Test
  void detectsARenameOnTheSamePortTransportAndAssignee() {
    ServiceRecord renamed = www.toBuilder().name("www-http").build();
    Diff diff = diff(List.of(http, www), List.of(http, renamed));
    RecordChange.Changed change = (RecordChange.Changed) diff.records().get(0);
    assertThat(change.kind()).isEqualTo(RecordChange.Kind.RENAMED);
    assertThat(change.fields())
        .containsExactly(new FieldChange("name", Optional.of("www"), Optional.of("www-http")));
    assertThat(diff.recordsChanged(RecordChange.Kind.RENAMED)).isEqualTo(1);
  }

  @Test
  void doesNotCallItARenameWhenTheAssigneeChanged() {
    ServiceRecord other = service("www-http", 80, TCP, "Someone_Else");
    Diff diff = diff(List.of(http, www), List.of(http, other));
    assertThat(diff.records())
        .containsExactly(new RecordChange.Removed(www, 1), new RecordChange.Added(other, 1));
  }

  @Test
  void detectsAPortMove() {
    ServiceRecord moved = ssh.toBuilder().number(PortRange.of(2222)).build();
    RecordChange.Changed change =
        (RecordChange.Changed) diff(List.of(ssh), List.of(moved)).records().get(0);
    assertThat(change.kind()).isEqualTo(RecordChange.Kind.MOVED);
    assertThat(change.fields())
        .containsExactly(new FieldChange("port", Optional.of("22"), Optional.of("2222")));
  }

  @Test
  void pairsDuplicateKeysWithTheMostSimilarRecord() {
    ServiceRecord reliable = nameOnly("rdp", "Reliable Data Protocol");
    ServiceRecord windows = nameOnly("rdp", "Windows Remote Desktop Protocol");
    ServiceRecord windowsNoted = windows.toBuilder().registered(null).updated(date()).build();
    Diff diff = diff(List.of(reliable, windows), List.of(windowsNoted));
    assertThat(diff.records()).hasSize(2);
    assertThat(diff.records().get(0)).isEqualTo(new RecordChange.Removed(reliable, 0));
    RecordChange.Changed change = (RecordChange.Changed) diff.records().get(1);
    assertThat(change.before()).isEqualTo(windows);
    assertThat(change.fields())
        .extracting(FieldChange::field)
        .containsExactly("registered", "updated");
  }

  @Test
  void reportsAnUnassignedRangeSplitAroundANewAssignment() {
    ServiceRecord udpstp = service("udpstp", 24601, UDP, "IESG");
    List<ServiceRecord> parts =
        List.of(unassigned(24578, 24600), udpstp, reserved(24601, TCP), unassigned(24602, 24665));
    Diff diff = diff(List.of(ftp, unassigned(24578, 24665)), concat(List.of(ftp), parts));
    assertThat(diff.records())
        .containsExactly(
            new RecordChange.Split(unassigned(24578, 24665), 1, parts, List.of(1, 2, 3, 4)));
    assertThat(diff.recordsAdded()).isEqualTo(4);
    assertThat(diff.recordsRemoved()).isEqualTo(1);
  }

  @Test
  void reportsAnUnassignedPortTakenOnBothTransportsAsASplit() {
    ServiceRecord tcp = service("roughtime", 5319, TCP, "IESG");
    ServiceRecord udp = service("roughtime", 5319, UDP, "IESG");
    Diff diff = diff(List.of(unassigned(5319, 5319)), List.of(tcp, udp));
    assertThat(diff.records())
        .containsExactly(
            new RecordChange.Split(unassigned(5319, 5319), 0, List.of(tcp, udp), List.of(0, 1)));
  }

  @Test
  void keepsAnUncoveredRangeAsRemovedAndAdded() {
    ServiceRecord inside = service("inside", 105, TCP, "A");
    Diff diff = diff(List.of(unassigned(100, 110)), List.of(unassigned(100, 104), inside));
    assertThat(diff.records())
        .containsExactly(
            new RecordChange.Removed(unassigned(100, 110), 0),
            new RecordChange.Added(unassigned(100, 104), 0),
            new RecordChange.Added(inside, 1));
    assertThat(diff.splits()).isEmpty();
  }

  @Test
  void splitsAReservedPortOnlyIntoRecordsOfItsTransport() {
    ServiceRecord udp = service("newsvc", 7123, UDP, "A");
    ServiceRecord tcp = service("newsvc", 7123, TCP, "A");
    Diff diff = diff(List.of(reserved(7123, UDP)), List.of(tcp, udp));
    assertThat(diff.records())
        .containsExactly(
            new RecordChange.Added(tcp, 0),
            new RecordChange.Split(reserved(7123, UDP), 0, List.of(udp), List.of(1)));
  }

  @Test
  void reportsPeopleAddedRemovedAndChanged() {
    var jon = Fixtures.person("Jon_Postel", "mailto:jon&isi.edu");
    var ken = Fixtures.person("Ken", "mailto:ken&a.example");
    var kenMoved = Fixtures.person("Ken", "mailto:ken&b.example");
    var ana = Fixtures.person("Ana", "mailto:ana&example.org");
    Registry older = registry(List.of(ftp), List.of(jon, ken));
    Registry newer = registry(List.of(ftp), List.of(kenMoved, ana));
    Diff diff = RegistryDiff.compare(older, newer);
    assertThat(diff.people())
        .containsExactly(
            new PersonChange.Removed(jon),
            new PersonChange.Changed(
                ken,
                kenMoved,
                List.of(
                    new FieldChange(
                        "uri",
                        Optional.of("mailto:ken&a.example"),
                        Optional.of("mailto:ken&b.example")))),
            new PersonChange.Added(ana));
    assertThat(diff.peopleCount(PersonChange.Changed.class)).isEqualTo(1);
  }

  @Test
  void reportsHeaderChanges() {
    Registry older = registry(List.of(ftp));
    Registry newer = older.withHeader(Fixtures.header("2026-02-02", "Joe Touch", "Jana Iyengar"));
    Diff diff = RegistryDiff.compare(older, newer);
    assertThat(diff.header())
        .containsExactly(
            new FieldChange("updated", Optional.of("2026-01-01"), Optional.of("2026-02-02")),
            new FieldChange(
                "experts", Optional.of("Joe Touch"), Optional.of("Joe Touch\nJana Iyengar")));
    assertThat(diff.newerUpdated()).hasToString("2026-02-02");
  }

  @Test
  void rejectsNullRegistries() {
    assertThatThrownBy(() -> RegistryDiff.compare(registry(List.of()), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("newer");
  }

  static ServiceRecord nameOnly(String name, String description) {
    return ServiceRecord.builder().name(name).description(description).registered(date()).build();
  }

  static org.portreg.model.PartialDate date() {
    return org.portreg.model.PartialDate.parse("2001-06");
  }

  static List<ServiceRecord> concat(List<ServiceRecord> a, List<ServiceRecord> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
