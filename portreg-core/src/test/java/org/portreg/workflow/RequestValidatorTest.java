package org.portreg.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portreg.workflow.Fixtures.registry;
import static org.portreg.workflow.Fixtures.request;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.portreg.model.Transport;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;

class RequestValidatorTest {
  private static List<Violation> check(AssignmentRequest.Builder request) {
    return RequestValidator.validate(request.build(), registry());
  }

  private static List<String> rules(AssignmentRequest.Builder request) {
    return check(request).stream().map(v -> v.field() + ":" + v.rule()).toList();
  }

  @Test
  void acceptsAValidRequestForAnUnassignedRangePort() {
    assertThat(check(request("newsvc", 2000))).isEmpty();
  }

  @Test
  void reportsEveryMissingFieldAtOnce() {
    AssignmentRequest empty = AssignmentRequest.builder().port(2000).build();
    assertThat(RequestValidator.validate(empty, registry()))
        .extracting(v -> v.field() + ":" + v.rule())
        .containsExactly(
            "serviceName:required",
            "assignee:required",
            "contact:required",
            "description:required",
            "references:required",
            "transports:transports-required");
  }

  @Test
  void reportsBlankContactFieldsAndABadUri() {
    Contact blank = Contact.of("", "", "");
    Contact badUri = Contact.of("X", "X", "not a uri");
    assertThat(rules(request("newsvc", 2000).assignee(blank).contact(badUri)))
        .containsExactly(
            "assignee.id:required",
            "assignee.name:required",
            "assignee.uri:required",
            "contact.uri:contact-uri");
  }

  @Test
  void rejectsNameSyntaxWithTheRuleOfSection51() {
    List<Violation> found = check(request("bad--name", 2000));
    assertThat(found).extracting(Violation::rule).containsExactly("name-syntax");
    assertThat(found.get(0).message()).contains("'bad--name'", "two hyphens", "5.1");
  }

  @Test
  void rejectsATakenNameCaseInsensitively() {
    List<Violation> found = check(request("HTTP", 2000));
    assertThat(found).extracting(Violation::rule).containsExactly("name-taken");
    assertThat(found.get(0).message()).contains("'HTTP'", "http 80/tcp");
  }

  @Test
  void rejectsAHistoricNameAsTaken() {
    List<Violation> found = check(request("WHOIS++", 2000));
    assertThat(found).extracting(Violation::rule).containsExactly("name-syntax", "name-taken");
    assertThat(found.get(1).message()).contains("historic", "whois++ 63/tcp");
  }

  @Test
  void letsTheSameAssigneeExtendItsNameToAnotherTransport() {
    assertThat(check(request("mine", 2000).transports(Transport.SCTP).assignee(Fixtures.ALICE)))
        .isEmpty();
  }

  @Test
  void refusesTheSameAssigneeTheTransportItAlreadyHas() {
    List<Violation> found = check(request("mine", 2000).assignee(Fixtures.ALICE));
    assertThat(found).extracting(Violation::rule).containsExactly("name-taken");
    assertThat(found.get(0).message())
        .contains("already registered on that transport", "mine 1031/tcp");
  }

  @Test
  void rejectsDynamicPorts() {
    List<Violation> found = check(request("newsvc", 49152));
    assertThat(found).extracting(Violation::rule).containsExactly("port-dynamic");
    assertThat(found.get(0).message()).contains("49152", "Dynamic");
  }

  @Test
  void rejectsAssignedReservedAndDeregisteredPortsPerTransport() {
    assertThat(check(request("newsvc", 80)))
        .extracting(Violation::message)
        .containsExactly(
            "port 80/tcp is not available: http 80/tcp (ASSIGNED)",
            "port 80/udp is not available: http 80/udp (ASSIGNED)");
    assertThat(rules(request("newsvc", 1024)))
        .containsExactly("port:port-taken", "port:port-taken");
    assertThat(check(request("newsvc", 1030)))
        .extracting(Violation::message)
        .containsExactly("port 1030/tcp is not available: oldsvc 1030/tcp (DEREGISTERED)");
  }

  @Test
  void treatsUnassignedRecordsAndMissingRecordsAsFree() {
    assertThat(check(request("newsvc", 8))).isEmpty(); // explicit Unassigned rows
    assertThat(check(request("newsvc", 80).transports(Transport.SCTP))).isEmpty(); // no record
  }

  @Test
  void requiresTransportsWithAPort() {
    assertThat(rules(request("newsvc", 2000).transports()))
        .containsExactly("transports:transports-required");
    assertThat(rules(request("newsvc", 2000).transports().port(PortChoice.nameOnly()))).isEmpty();
  }

  @Test
  void requiresAServiceCodeForDccpOnly() {
    assertThat(rules(request("newsvc", 2000).transports(Transport.DCCP)))
        .containsExactly("serviceCode:service-code-required");
    assertThat(check(request("newsvc", 2000).serviceCode(7)))
        .extracting(Violation::message)
        .containsExactly("serviceCode is only for dccp, was 7 for [tcp, udp]");
  }

  @Test
  void checksTheServiceCodeRangeAndUse() {
    AssignmentRequest.Builder dccp = request("newsvc", 2000).transports(Transport.DCCP);
    assertThat(check(dccp.serviceCode(4294967296L)))
        .extracting(Violation::message)
        .containsExactly(
            "serviceCode must be a 32-bit unsigned number (0..4294967295), was 4294967296");
    assertThat(rules(dccp.serviceCode(-1))).containsExactly("serviceCode:service-code-range");
    assertThat(rules(dccp.serviceCode(1145656131)))
        .containsExactly("serviceCode:service-code-taken");
    assertThat(check(dccp.serviceCode(4294967295L))).isEmpty();
  }

  @Test
  void requiresTheCongestionControlAnswerForUdp() {
    assertThat(rules(request("newsvc", 2000).congestionControl(null)))
        .containsExactly("congestionControl:required");
    assertThat(check(request("newsvc", 2000).transports(Transport.TCP).congestionControl(null)))
        .isEmpty();
  }

  @Test
  void anyPortRequestsSkipThePortChecks() {
    assertThat(check(request("newsvc", 0).port(PortChoice.anyUserPort()))).isEmpty();
    assertThat(
            check(
                request("newsvc", 0)
                    .references(Xref.text("see site"))
                    .port(PortChoice.anySystemPort())))
        .isEmpty();
    assertThat(check(request("newsvc", 0).references(Xref.of(XrefType.RFC, "rfc1")))).isNotEmpty();
  }

  @Test
  void violationPrintsFieldMessageAndRule() {
    assertThat(new Violation("port", "port-dynamic", "port 50000 is dynamic"))
        .hasToString("port: port 50000 is dynamic [port-dynamic]");
  }
}
