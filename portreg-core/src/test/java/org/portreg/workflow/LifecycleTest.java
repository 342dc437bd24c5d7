package org.portreg.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.portreg.workflow.Fixtures.ALICE;
import static org.portreg.workflow.Fixtures.BOB;
import static org.portreg.workflow.Fixtures.CLOCK;
import static org.portreg.workflow.Fixtures.TODAY;
import static org.portreg.workflow.Fixtures.registry;
import static org.portreg.workflow.Fixtures.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.portreg.error.ConflictException;
import org.portreg.error.NotFoundException;
import org.portreg.error.StateChangeRefusedException;
import org.portreg.model.Inline;
import org.portreg.model.Registry;
import org.portreg.model.RichText;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;

class LifecycleTest {
  private static AssignmentRequest.Builder system(String name, int port) {
    return request(name, port).references(Xref.of(XrefType.RFC, "rfc9999"));
  }

  private static List<String> rows(Registry registry) {
    return registry.records().stream().map(RecordText::describe).toList();
  }

  private static List<String> around(Registry registry, String row, int before, int after) {
    List<String> all = rows(registry);
    int i = all.indexOf(row);
    return all.subList(Math.max(0, i - before), Math.min(all.size(), i + after + 1));
  }

  @Test
  void assignmentSplitsTheUnassignedRangeAroundThePort() {
    RegistryChange change = Lifecycle.assign(registry(), request("newsvc", 2000).build(), CLOCK);
    assertThat(around(change.registry(), "newsvc 2000/tcp", 1, 2))
        .containsExactly(
            "UNASSIGNED 1032-1999", "newsvc 2000/tcp", "newsvc 2000/udp", "UNASSIGNED 2001-49151");
    assertThat(change.action()).isEqualTo(ChangeAction.ASSIGN);
    assertThat(change.before())
        .extracting(RecordText::describe)
        .containsExactly("UNASSIGNED 1032-49151");
    assertThat(change.after())
        .extracting(RecordText::describe)
        .containsExactly("newsvc 2000/tcp", "newsvc 2000/udp");
    assertThat(change.summary()).isEqualTo("ASSIGN 'newsvc' port 2000 [tcp, udp] on 2026-09-01");
  }

  @Test
  void assignmentWritesTheRegistryStyleRecordAndTheDates() {
    AssignmentRequest req =
        request("newsvc", 2000)
            .transports(Transport.TCP)
            .contact(ALICE)
            .unauthorizedUses("seen in malware")
            .assignmentNotes("Defined TXT keys: None")
            .build();
    Registry after = Lifecycle.assign(registry(), req, CLOCK).registry();
    ServiceRecord r =
        after.records().stream()
            .filter(x -> x.serviceName().equals(Optional.of("newsvc")))
            .findFirst()
            .orElseThrow();
    assertThat(r.registered()).contains(TODAY);
    assertThat(r.updated()).isEmpty();
    assertThat(r.assignees()).containsExactly(Xref.person("Bob_Example"));
    assertThat(r.persons()).containsExactly(Xref.person("Alice_Example"));
    assertThat(r.references()).containsExactly(Xref.of(XrefType.URI, "https://example.org/spec"));
    assertThat(r.unauthorized()).contains(RichText.of("seen in malware"));
    assertThat(r.notes()).contains(RichText.of("Defined TXT keys: None"));
    assertThat(r.serviceCode()).isEmpty();
    assertThat(after.header().updated()).isEqualTo(TODAY);
    assertThat(around(after, "newsvc 2000/tcp", 0, 1))
        .containsExactly("newsvc 2000/tcp", "UNASSIGNED 2000/udp");
  }

  @Test
  void assignmentAddsNewPeopleInIdOrder() {
    Registry after =
        Lifecycle.assign(registry(), request("newsvc", 2000).build(), CLOCK).registry();
    assertThat(after.people())
        .extracting(p -> p.id())
        .containsExactly("Alice_Example", "Bob_Example", "Jon_Postel");
    assertThat(after.person("Bob_Example").orElseThrow().uri()).contains("mailto:bob&example.org");
    assertThat(after.person("Bob_Example").orElseThrow().org()).contains("Example Corp");
    assertThat(after.person("Bob_Example").orElseThrow().updated()).contains(TODAY);
  }

  @Test
  void assignmentReplacesExplicitUnassignedRows() {
    Registry after = Lifecycle.assign(registry(), system("newsvc", 8).build(), CLOCK).registry();
    assertThat(around(after, "newsvc 8/tcp", 1, 2))
        .containsExactly("echo 7/udp", "newsvc 8/tcp", "newsvc 8/udp", "discard 9/dccp");
    assertThat(after.records()).hasSize(registry().records().size());
  }

  @Test
  void assignmentOnAPortWithoutRecordGoesAfterTheRecordsOfLowerPorts() {
    AssignmentRequest sctp = system("newsvc", 80).transports(Transport.SCTP).build();
    Registry after = Lifecycle.assign(registry(), sctp, CLOCK).registry();
    assertThat(around(after, "newsvc 80/sctp", 1, 1))
        .containsExactly("www 80/tcp", "newsvc 80/sctp", "UNASSIGNED 81-1023");
  }

  @Test
  void assignmentOfTheFirstAndLastPortOfARangeLeavesOneSide() {
    Registry first = Lifecycle.assign(registry(), system("newsvc", 10).build(), CLOCK).registry();
    assertThat(around(first, "newsvc 10/tcp", 1, 2))
        .containsExactly("discard 9/dccp", "newsvc 10/tcp", "newsvc 10/udp", "UNASSIGNED 11-19");
    Registry last = Lifecycle.assign(registry(), system("newsvc", 18).build(), CLOCK).registry();
    assertThat(around(last, "newsvc 18/tcp", 1, 2))
        .containsExactly("UNASSIGNED 10-17", "newsvc 18/tcp", "newsvc 18/udp", "UNASSIGNED 19");
  }

  @Test
  void dccpAssignmentCarriesTheServiceCode() {
    AssignmentRequest dccp =
        request("newsvc", 2000).transports(Transport.TCP, Transport.DCCP).serviceCode(42).build();
    RegistryChange change = Lifecycle.assign(registry(), dccp, CLOCK);
    assertThat(change.after())
        .extracting(r -> r.serviceCode().orElse("-"))
        .containsExactly("-", "42");
  }

  @Test
  void anyUserPortGetsTheLowestFreeOne() {
    AssignmentRequest any = request("newsvc", 0).port(PortChoice.anyUserPort()).build();
    assertThat(Lifecycle.assign(registry(), any, CLOCK).after())
        .extracting(RecordText::describe)
        .containsExactly("newsvc 1025/tcp", "newsvc 1025/udp");
  }

  @Test
  void nameOnlyRegistrationsGoInNameOrder() {
    AssignmentRequest name =
        request("kilo", 0).port(PortChoice.nameOnly()).transports(Transport.TCP).build();
    Registry after = Lifecycle.assign(registry(), name, CLOCK).registry();
    assertThat(rows(after).subList(rows(after).size() - 4, rows(after).size()))
        .containsExactly(
            "alpha (no port)", "kilo (no port)/tcp", "mike (no port)/tcp", "zulu (no port)/tcp");
    AssignmentRequest first = request("aaa", 0).port(PortChoice.nameOnly()).transports().build();
    Registry early = Lifecycle.assign(registry(), first, CLOCK).registry();
    assertThat(around(early, "aaa (no port)", 1, 1))
        .containsExactly("UNASSIGNED 1032-49151", "aaa (no port)", "alpha (no port)");
  }

  @Test
  void assignmentRefusesAnInvalidRequestWithEveryViolation() {
    AssignmentRequest bad = request("http", 49152).build();
    assertThatThrownBy(() -> Lifecycle.assign(registry(), bad, CLOCK))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage(
            "request for 'http' is invalid: serviceName 'http' is already registered to another"
                + " assignee: http 80/tcp, http 80/udp; port 49152 is in the Dynamic range"
                + " 49152-65535, which is never assigned")
        .satisfies(e -> assertThat(((InvalidRequestException) e).violations()).hasSize(2));
  }

  @Test
  void systemPortsNeedAnRfcOrIesgReference() {
    AssignmentRequest system = request("newsvc", 100).build();
    assertThatThrownBy(() -> Lifecycle.assign(registry(), system, CLOCK))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("IETF Review or IESG Approval");
    AssignmentRequest approved =
        request("newsvc", 100).references(Xref.of(XrefType.RFC, "rfc9999")).build();
    assertThat(Lifecycle.assign(registry(), approved, CLOCK).after()).hasSize(2);
  }

  @Test
  void reuseAssignsAReservedPortOnlyWithAnApprovalReference() {
    AssignmentRequest req = request("newsvc", 1024).build();
    assertThatThrownBy(() -> Lifecycle.reuse(registry(), req, CLOCK))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("needs IETF Review or IESG Approval");
    AssignmentRequest approved =
        req.toBuilder().references(Xref.of(XrefType.DRAFT, "RFC-ietf-x-y-03")).build();
    RegistryChange change = Lifecycle.reuse(registry(), approved, CLOCK);
    assertThat(change.action()).isEqualTo(ChangeAction.REUSE);
    assertThat(around(change.registry(), "newsvc 1024/tcp", 1, 2))
        .containsExactly(
            "UNASSIGNED 81-1023", "newsvc 1024/tcp", "newsvc 1024/udp", "UNASSIGNED 1025-1029");
  }

  @Test
  void reuseRefusesPortsThatAreNotReserved() {
    AssignmentRequest free =
        request("newsvc", 2000).references(Xref.of(XrefType.RFC, "rfc1")).build();
    assertThatThrownBy(() -> Lifecycle.reuse(registry(), free, CLOCK))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("is not Reserved");
    AssignmentRequest assigned =
        request("newsvc", 7).references(Xref.of(XrefType.RFC, "rfc1")).build();
    assertThatThrownBy(() -> Lifecycle.reuse(registry(), assigned, CLOCK))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("echo 7/tcp");
    AssignmentRequest any = request("newsvc", 0).port(PortChoice.anyUserPort()).build();
    assertThatThrownBy(() -> Lifecycle.reuse(registry(), any, CLOCK))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("specific port");
    AssignmentRequest invalid =
        request("bad--name", 1024).references(Xref.of(XrefType.RFC, "rfc1")).build();
    assertThatThrownBy(() -> Lifecycle.reuse(registry(), invalid, CLOCK))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void reuseOfTheReservedOtherTransportByTheSameAssignee() {
    AssignmentRequest udp =
        request("mine", 1031)
            .transports(Transport.UDP)
            .assignee(ALICE)
            .references(Xref.of(XrefType.RFC, "rfc1"))
            .build();
    Registry after = Lifecycle.reuse(registry(), udp, CLOCK).registry();
    assertThat(around(after, "mine 1031/tcp", 0, 1))
        .containsExactly("mine 1031/tcp", "mine 1031/udp");
  }

  @Test
  void deassignmentLeavesReservedRecordsWithTheRegistryNote() {
    RegistryChange change = Lifecycle.deassign(registry(), "ECHO", Optional.empty(), CLOCK);
    ServiceRecord reserved = change.after().get(0);
    assertThat(reserved.description()).isEqualTo(RichText.of("Reserved"));
    assertThat(reserved.serviceName()).isEmpty();
    assertThat(reserved.updated()).contains(TODAY);
    assertThat(reserved.registered()).isEmpty();
    assertThat(reserved.notes().orElseThrow().parts())
        .containsExactly(
            new Inline.Text("De-assigned on 2026-09-01, previously echo by "),
            new Inline.Reference(Xref.person("Jon_Postel")));
    assertThat(change.after())
        .extracting(RecordText::describe)
        .containsExactly("RESERVED 7/tcp", "RESERVED 7/udp");
    assertThat(change.registry().header().updated()).isEqualTo(TODAY);
  }

  @Test
  void deassignmentOfOneTransportKeepsTheOther() {
    RegistryChange change =
        Lifecycle.deassign(registry(), "echo", Optional.of(Transport.UDP), CLOCK);
    assertThat(around(change.registry(), "echo 7/tcp", 0, 1))
        .containsExactly("echo 7/tcp", "RESERVED 7/udp");
  }

  @Test
  void deassignmentRemovesNameOnlyRecordsAndRefusesUnknownNames() {
    RegistryChange change = Lifecycle.deassign(registry(), "mike", Optional.empty(), CLOCK);
    assertThat(change.before())
        .extracting(RecordText::describe)
        .containsExactly("mike (no port)/tcp");
    assertThat(change.after()).isEmpty();
    assertThat(rows(change.registry())).doesNotContain("mike (no port)/tcp");
    assertThatThrownBy(() -> Lifecycle.deassign(registry(), "nosuch", Optional.empty(), CLOCK))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("no assigned record named 'nosuch'");
    assertThatThrownBy(() -> Lifecycle.deassign(registry(), "oldsvc", Optional.empty(), CLOCK))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void historicNamesAreReadOnlyForEveryOperation() {
    String message =
        "service name whois++ 63/tcp is historic (RFC 6335 section 10.1), a read-only alias of 'whoispp'";
    assertThatThrownBy(() -> Lifecycle.deassign(registry(), "whois++", Optional.empty(), CLOCK))
        .isInstanceOf(ConflictException.class)
        .hasMessage(message);
    assertThatThrownBy(
            () -> Lifecycle.revoke(registry(), "whois++", LocalDate.of(2026, 1, 1), CLOCK))
        .isInstanceOf(ConflictException.class)
        .hasMessage(message);
    assertThatThrownBy(
            () -> Lifecycle.modify(registry(), "whois++", Modification.ofDescription("x"), CLOCK))
        .isInstanceOf(ConflictException.class)
        .hasMessage(message);
    TransferAuthority override = new TransferAuthority.AdministratorOverride("unreachable");
    assertThatThrownBy(() -> Lifecycle.transfer(registry(), "whois++", BOB, BOB, override, CLOCK))
        .isInstanceOf(ConflictException.class)
        .hasMessage(message);
  }

  @Test
  void revocationWaitsForTheEndOfTheCommentPeriod() {
    assertThatThrownBy(() -> Lifecycle.revoke(registry(), "echo", LocalDate.of(2026, 9, 2), CLOCK))
        .isInstanceOf(StateChangeRefusedException.class)
        .hasMessage(
            "service 'echo' cannot be revoked before the public comment period ends on 2026-09-02 (today is 2026-09-01)");
    RegistryChange change = Lifecycle.revoke(registry(), "echo", LocalDate.of(2026, 9, 1), CLOCK);
    assertThat(change.action()).isEqualTo(ChangeAction.REVOKE);
    assertThat(change.after().get(0).notes().orElseThrow().plain())
        .isEqualTo("Revoked on 2026-09-01, previously echo by Jon_Postel");
  }

  @Test
  void modificationUpdatesDescriptionReferencesAndDate() {
    RegistryChange change =
        Lifecycle.modify(registry(), "echo", Modification.ofDescription("Echo v2"), CLOCK);
    assertThat(change.after())
        .allSatisfy(
            r -> {
              assertThat(r.description()).isEqualTo(RichText.of("Echo v2"));
              assertThat(r.updated()).contains(TODAY);
            });
    List<Xref> refs = List.of(Xref.of(XrefType.RFC, "rfc862"));
    assertThat(Lifecycle.modify(registry(), "echo", Modification.ofReferences(refs), CLOCK).after())
        .allSatisfy(r -> assertThat(r.references()).isEqualTo(refs));
  }

  @Test
  void modificationOfTheContactKeepsTheAssignee() {
    RegistryChange change =
        Lifecycle.modify(registry(), "echo", Modification.ofContact(BOB), CLOCK);
    ServiceRecord r = change.after().get(0);
    assertThat(r.assigneeIds()).containsExactly("Jon_Postel");
    assertThat(r.contactIds()).containsExactly("Bob_Example");
    assertThat(change.registry().person("Bob_Example")).isPresent();
    ServiceRecord again =
        Lifecycle.modify(change.registry(), "echo", Modification.ofContact(ALICE), CLOCK)
            .after()
            .get(0);
    assertThat(again.assigneeIds()).containsExactly("Jon_Postel");
    assertThat(again.contactIds()).containsExactly("Alice_Example");
  }

  @Test
  void transferNeedsTheCurrentAssigneeOrAnAdministratorWithAReason() {
    TransferAuthority stranger = new TransferAuthority.ByAssignee("Alice_Example");
    assertThatThrownBy(() -> Lifecycle.transfer(registry(), "echo", BOB, BOB, stranger, CLOCK))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("'Alice_Example' is not the assignee of 'echo' ([Jon_Postel])");
    TransferAuthority consent = new TransferAuthority.ByAssignee("Jon_Postel");
    RegistryChange change = Lifecycle.transfer(registry(), "echo", BOB, ALICE, consent, CLOCK);
    assertThat(change.action()).isEqualTo(ChangeAction.TRANSFER);
    assertThat(change.after())
        .allSatisfy(
            r -> {
              assertThat(r.assigneeIds()).containsExactly("Bob_Example");
              assertThat(r.contactIds()).containsExactly("Alice_Example");
              assertThat(r.registered()).contains(TODAY);
            });
    assertThat(change.summary()).endsWith("to Bob_Example with the consent of Jon_Postel");
    RegistryChange forced =
        Lifecycle.transfer(
            registry(),
            "echo",
            BOB,
            BOB,
            new TransferAuthority.AdministratorOverride("assignee deceased, mail bounces"),
            CLOCK);
    assertThat(forced.summary())
        .endsWith("by administrator override: assignee deceased, mail bounces");
    assertThat(forced.registry().person("Bob_Example")).isPresent();
  }

  @Test
  void assignmentRefusesWhenNoPortOfTheSpaceIsFree() {
    Registry full =
        registry().withRecords(List.of(Fixtures.record(null, null, "0-1023", "Reserved")));
    AssignmentRequest any =
        request("newsvc", 0)
            .port(PortChoice.anySystemPort())
            .references(Xref.of(XrefType.RFC, "rfc1"))
            .build();
    assertThatThrownBy(() -> Lifecycle.assign(full, any, CLOCK))
        .isInstanceOf(ConflictException.class)
        .hasMessage("no SYSTEM port is free on [tcp, udp]");
  }
}
