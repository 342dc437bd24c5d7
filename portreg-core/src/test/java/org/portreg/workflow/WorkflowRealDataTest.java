package org.portreg.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portreg.format.xml.XmlFormat;
import org.portreg.model.RecordStatus;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;
import org.portreg.rules.PortSpace;
import org.portreg.rules.RecordRules;
import org.portreg.testing.SharedData;

/** The workflow on the real registry: the newest file and replays of real changes in history. */
class WorkflowRealDataTest {
  static Registry newest;
  static byte[] newestBytes;

  @BeforeAll
  static void readNewest() {
    newestBytes = SharedData.bytes(SharedData.newestXml());
    newest = XmlFormat.read(newestBytes, "newest");
  }

  private static Registry read(Path file) {
    return XmlFormat.read(SharedData.bytes(file), file.getFileName().toString());
  }

  private static Clock on(String date) {
    return Clock.fixed(
        LocalDate.parse(date).atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  }

  private static AssignmentRequest.Builder ietf(String name, int port) {
    return AssignmentRequest.builder()
        .serviceName(name)
        .transports(Transport.TCP, Transport.UDP)
        .assignee(Contact.of("IESG", "IESG", "iesg@ietf.org"))
        .contact(Contact.of("IETF_Chair", "IETF Chair", "chair@ietf.org"))
        .description("Test service")
        .references(Xref.of(XrefType.RFC, "rfc9999"))
        .port(port)
        .congestionControl("RFC 8085 compliant");
  }

  private static int freePort() {
    return PortSelector.selectPort(newest, Set.of(Transport.TCP, Transport.UDP), PortSpace.USER)
        .orElseThrow();
  }

  private static List<String> rules(AssignmentRequest request) {
    return RequestValidator.validate(request, newest).stream().map(Violation::rule).toList();
  }

  @Test
  void refusesTakenNamesInAnyCase() {
    assertThat(rules(ietf("http", freePort()).build())).containsExactly("name-taken");
    assertThat(rules(ietf("HTTP", freePort()).build())).containsExactly("name-taken");
  }

  @Test
  void refusesHistoricStyleNamesBySyntaxAndAsTaken() {
    assertThat(rules(ietf("whois++", freePort()).build()))
        .containsExactly("name-syntax", "name-taken");
    assertThat(rules(ietf("sql*net2", freePort()).build())).containsExactly("name-syntax");
  }

  @Test
  void refusesAssignedAndDynamicPorts() {
    List<Violation> found =
        RequestValidator.validate(ietf("newsvc", 80).transports(Transport.TCP).build(), newest);
    assertThat(found)
        .extracting(Violation::message)
        .containsExactly("port 80/tcp is not available: http 80/tcp (ASSIGNED)");
    assertThat(rules(ietf("newsvc", 49152).build())).containsExactly("port-dynamic");
  }

  @Test
  void refusesAUsedDccpServiceCode() {
    AssignmentRequest dccp =
        ietf("newsvc", 2000).transports(Transport.DCCP).serviceCode(1145656131L).build();
    assertThat(rules(dccp)).containsExactly("service-code-taken");
  }

  @Test
  void aSelectedUserPortIsReallyUnassignedOnBothTransports() {
    List<Integer> ports =
        PortSelector.freePorts(newest, Set.of(Transport.TCP, Transport.UDP), PortSpace.USER, 20);
    assertThat(ports).hasSize(20).isSorted().allMatch(p -> p >= 1024 && p <= 49151);
    for (int port : ports) {
      for (Transport t : List.of(Transport.TCP, Transport.UDP)) {
        List<ServiceRecord> covering =
            newest.records().stream().filter(r -> RegistryView.covers(r, port, t)).toList();
        assertThat(covering)
            .as("%d/%s", port, t)
            .allMatch(r -> RecordRules.statusOf(r) == RecordStatus.UNASSIGNED);
      }
    }
    assertThat(rules(ietf("newsvc", ports.get(0)).build())).isEmpty();
  }

  @Test
  void aSelectedSystemPortOnSctpIsFreeAndLowest() {
    int port =
        PortSelector.selectPort(newest, Set.of(Transport.SCTP), PortSpace.SYSTEM).orElseThrow();
    assertThat(RegistryView.of(newest).isFree(port, Transport.SCTP)).isTrue();
    for (int lower = 0; lower < port; lower++) {
      assertThat(RegistryView.of(newest).isFree(lower, Transport.SCTP))
          .as("port %d", lower)
          .isFalse();
    }
  }

  @Test
  void anAssignmentChangesOnlyTheLinesAroundItsPort() {
    int port =
        PortSelector.selectPort(newest, Set.of(Transport.TCP, Transport.UDP), PortSpace.USER)
            .orElseThrow();
    Registry after =
        Lifecycle.assign(newest, ietf("newsvc", port).build(), on("2026-08-17")).registry();
    String[] before = new String(newestBytes, StandardCharsets.UTF_8).split("\n", -1);
    String[] written = XmlFormat.writeText(after).split("\n", -1);
    int head = 0;
    while (before[head].equals(written[head])) {
      head++;
    }
    int tail = 0;
    while (before[before.length - 1 - tail].equals(written[written.length - 1 - tail])) {
      tail++;
    }
    List<String> removed = Arrays.asList(before).subList(head, before.length - tail);
    List<String> added = Arrays.asList(written).subList(head, written.length - tail);
    assertThat(removed).hasSizeLessThanOrEqualTo(6).anyMatch(l -> l.contains("<number>"));
    assertThat(String.join("\n", added))
        .contains(
            "<record date=\"2026-08-17\">\n    <name>newsvc</name>\n    <protocol>tcp</protocol>\n"
                + "    <assignee>\n      <xref type=\"person\" data=\"IESG\"/>\n    </assignee>\n"
                + "    <xref type=\"person\" data=\"IETF_Chair\"/>\n"
                + "    <description>Test service</description>\n    <number>"
                + port
                + "</number>\n"
                + "    <xref type=\"rfc\" data=\"rfc9999\"/>\n  </record>");
    assertThat(added).hasSizeLessThanOrEqualTo(40);
  }

  @Test
  void deassigningCompressnetReproducesTheRegistryNoteOfPort3() {
    Registry old = read(SharedData.history("2024-11-22"));
    Registry after =
        Lifecycle.deassign(old, "compressnet", Optional.empty(), on("2025-02-13")).registry();
    assertThat(onPort(after, 3)).isEqualTo(onPort(newest, 3));
    String text = XmlFormat.writeText(after);
    assertThat(text)
        .contains(
            "  <record updated=\"2025-02-13\">\n    <protocol>tcp</protocol>\n"
                + "    <description>Reserved</description>\n    <number>3</number>\n"
                + "    <note>De-assigned on 2025-02-13, previously compressnet by"
                + " <xref type=\"person\" data=\"Bernie_Volz\"/></note>\n  </record>");
  }

  private static List<ServiceRecord> onPort(Registry registry, int port) {
    return registry.records().stream()
        .filter(r -> r.number().filter(n -> n.isSingle() && n.first() == port).isPresent())
        .toList();
  }

  @Test
  void replayingTheOkConnectRegistrationsGivesTheNextRealVersion() {
    Registry old = read(SharedData.history("2026-08-11"));
    Contact org = Contact.of("Educacion_Global", "Educacion Global, Inc", "luis@educacion.global");
    Contact luis =
        new Contact(
            "Luis_Xavier_Padilla_Sierra",
            "Luis Xavier Padilla Sierra",
            Optional.of("Educacion Global, Inc"),
            "luis@educacion.global");
    AssignmentRequest.Builder name =
        AssignmentRequest.builder()
            .transports(Transport.TCP)
            .assignee(org)
            .contact(luis)
            .assignmentNotes("Defined TXT keys: txtvers,protovers");
    Clock clock = on("2026-08-17");
    Registry step =
        Lifecycle.assign(
                old,
                name.serviceName("ok-connect")
                    .description("Peer-to-peer nearby audio communication")
                    .build(),
                clock)
            .registry();
    step =
        Lifecycle.assign(
                step,
                name.serviceName("ok-control")
                    .description("Peer control and application data")
                    .build(),
                clock)
            .registry();
    Registry real = read(SharedData.history("2026-08-17"));
    assertThat(step.records()).isEqualTo(real.records());
    assertThat(step.people()).isEqualTo(real.people());
    assertThat(step).isEqualTo(real);
  }

  @Test
  void replayingTheRoughtimeAssignmentSplitsNothingAndMatchesTheRealRecords() {
    Registry old = read(SharedData.history("2026-03-18"));
    AssignmentRequest roughtime =
        ietf("roughtime", 5319)
            .description("Roughtime time synchronization")
            .references(Xref.of(XrefType.DRAFT, "RFC-ietf-ntp-roughtime-19"))
            .build();
    Registry after = Lifecycle.assign(old, roughtime, on("2026-03-27")).registry();
    Registry real = read(SharedData.history("2026-03-27"));
    assertThat(onPort(after, 5319)).isEqualTo(onPort(real, 5319)).hasSize(2);
    assertThat(after.records()).hasSize(real.records().size() - 1); // real also added s2connect
    assertThat(Procedures.applicable(roughtime)).hasSize(3);
  }

  @Test
  void warnsTheExpertAboutRealSimilarNamesAndHttp() {
    List<Warning> warnings = ExpertWarnings.warningsFor(ietf("htps", 2000).build(), newest);
    assertThat(warnings)
        .extracting(Warning::code)
        .containsExactly(WarningCode.SIMILAR_NAME, WarningCode.MANY_PORTS);
    Warning similar = warnings.get(0);
    assertThat(similar.message()).contains("'https'", "'http'");
    assertThat(similar.related()).anyMatch(r -> r.serviceName().equals(Optional.of("https")));
    assertThat(ExpertWarnings.warningsFor(ietf("myhttp-svc", 2000).build(), newest))
        .extracting(Warning::code)
        .contains(WarningCode.USE_EXISTING_PORT);
    List<Warning> historic = ExpertWarnings.warningsFor(ietf("whois", 2000).build(), newest);
    assertThat(historic.get(0).message()).contains("'whois++' (historic)");
  }

  @Test
  void theHistoricWhoisAliasIsReadOnly() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Lifecycle.deassign(newest, "whois++", Optional.empty(), on("2026-09-01")))
        .isInstanceOf(org.portreg.error.ConflictException.class)
        .hasMessageContaining("historic")
        .hasMessageContaining("whois++ 63/tcp");
  }
}
