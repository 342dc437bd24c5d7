package org.portreg.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portreg.workflow.Fixtures.registry;
import static org.portreg.workflow.Fixtures.request;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;

class ExpertWarningsTest {
  private static List<WarningCode> codes(AssignmentRequest.Builder request) {
    return ExpertWarnings.warningsFor(request.build(), registry()).stream()
        .map(Warning::code)
        .toList();
  }

  @Test
  void aDistinctNameWithASpecificationGetsNoWarning() {
    assertThat(codes(request("quantumfax", 2000))).isEmpty();
  }

  @Test
  void flagsNamesWithinTwoEditsAndTheirRecords() {
    List<Warning> w = ExpertWarnings.warningsFor(request("ehco", 2000).build(), registry());
    assertThat(w).hasSize(1);
    assertThat(w.get(0).code()).isEqualTo(WarningCode.SIMILAR_NAME);
    assertThat(w.get(0).message()).isEqualTo("serviceName 'ehco' is similar to ['echo']");
    assertThat(w.get(0).related())
        .extracting(RecordText::describe)
        .containsExactly("echo 7/tcp", "echo 7/udp");
  }

  @Test
  void flagsHyphenAndDigitVariantsAndHistoricNames() {
    assertThat(codes(request("ec-ho2", 2000))).containsExactly(WarningCode.SIMILAR_NAME);
    List<Warning> w = ExpertWarnings.warningsFor(request("whois", 2000).build(), registry());
    assertThat(w.get(0).message()).contains("'whois++' (historic)", "'whoispp'");
  }

  @Test
  void flagsAnAssigneeThatAlreadyHoldsSeveralPorts() {
    List<Warning> w =
        ExpertWarnings.warningsFor(
            request("quantumfax", 2000)
                .assignee(Contact.of("Jon_Postel", "Jon", "jon@example.org"))
                .build(),
            registry());
    assertThat(w).extracting(Warning::code).containsExactly(WarningCode.MANY_PORTS);
    assertThat(w.get(0).message()).startsWith("assignee 'Jon_Postel' already holds 5 ports");
    assertThat(codes(request("quantumfax", 2000).assignee(Fixtures.ALICE))).isEmpty();
  }

  @Test
  void suggestsPort443ForHttpAndTlsBasedProtocols() {
    List<Warning> w = ExpertWarnings.warningsFor(request("fooTLS", 2000).build(), registry());
    assertThat(w).extracting(Warning::code).containsExactly(WarningCode.USE_EXISTING_PORT);
    assertThat(w.get(0).message()).contains("over TLS", "443", "ALPN", "RFC 7605");
    assertThat(codes(request("myhttp", 0).port(PortChoice.nameOnly())))
        .doesNotContain(WarningCode.USE_EXISTING_PORT);
  }

  @Test
  void flagsARequestWithoutProtocolSpecification() {
    assertThat(codes(request("quantumfax", 2000).references(Xref.text("ask us"))))
        .containsExactly(WarningCode.NO_PROTOCOL_REFERENCE);
    assertThat(codes(request("quantumfax", 2000).references(Xref.of(XrefType.DRAFT, "draft-x-00"))))
        .isEmpty();
  }

  @Test
  void measuresDamerauLevenshteinDistance() {
    assertThat(NameDistance.distance("echo", "echo")).isZero();
    assertThat(NameDistance.distance("echo", "ehco")).isEqualTo(1);
    assertThat(NameDistance.distance("http", "https")).isEqualTo(1);
    assertThat(NameDistance.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(NameDistance.distance("", "abc")).isEqualTo(3);
    assertThat(NameDistance.isSimilar("foo-bar", "foobar2", 0)).isTrue();
    assertThat(NameDistance.isSimilar("12", "3-4", 0)).isFalse();
  }
}
