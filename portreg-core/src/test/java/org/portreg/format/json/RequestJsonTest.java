package org.portreg.format.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.portreg.error.RegistryFormatException;
import org.portreg.format.xml.XmlFormat;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;
import org.portreg.testing.SharedData;
import org.portreg.workflow.AssignmentRequest;
import org.portreg.workflow.Contact;
import org.portreg.workflow.Lifecycle;
import org.portreg.workflow.PortChoice;
import org.portreg.workflow.RequestValidator;

class RequestJsonTest {
  static final Path EXAMPLE = Path.of("..", "docs", "examples", "request.json");

  /** The real ok-connect request of August 2026, as an applicant would write it. */
  static final String OK_CONNECT =
      """
      {
        "serviceName": "ok-connect",
        "transports": ["tcp"],
        "assignee": {"id": "Educacion_Global", "name": "Educacion Global, Inc",
                     "uri": "luis@educacion.global"},
        "contact": {"id": "Luis_Xavier_Padilla_Sierra", "name": "Luis Xavier Padilla Sierra",
                    "organization": "Educacion Global, Inc", "uri": "luis@educacion.global"},
        "description": "Peer-to-peer nearby audio communication",
        "assignmentNotes": "Defined TXT keys: txtvers,protovers"
      }
      """;

  static AssignmentRequest read(String json) {
    return RequestJson.read(json.getBytes(StandardCharsets.UTF_8), "r.json");
  }

  static String error(String json) {
    try {
      read(json);
    } catch (RegistryFormatException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected a RegistryFormatException for " + json);
  }

  static AssignmentRequest full() {
    return AssignmentRequest.builder()
        .serviceName("dccp-thing")
        .transports(Transport.DCCP, Transport.UDP, Transport.TCP)
        .assignee(new Contact("Org", "Org Inc", Optional.of("Org"), "https://org.example"))
        .contact(Contact.of("Jane_Doe", "Jane \"JD\" Doe", "jane@example.org"))
        .description("A thing\nover two lines")
        .references(
            Xref.of(XrefType.RFC, "rfc9999"),
            new Xref(XrefType.DRAFT, Optional.of("draft-x"), Optional.of("3.1"), Optional.empty()),
            Xref.text("Approved by the IESG"))
        .port(4711)
        .serviceCode(1145656131L)
        .unauthorizedUses("none known")
        .assignmentNotes("notes")
        .broadcastUse("no")
        .congestionControl("RFC 8085")
        .build();
  }

  @Test
  void roundTripsEveryField() {
    AssignmentRequest request = full();
    assertThat(RequestJson.read(RequestJson.write(request), "w.json")).isEqualTo(request);
  }

  @Test
  void writesTheDocumentedShape() {
    String json = new String(RequestJson.write(full()), StandardCharsets.UTF_8);
    assertThat(json)
        .startsWith("{\n  \"serviceName\" : \"dccp-thing\",")
        .contains("\"transports\" : [ \"tcp\", \"udp\", \"dccp\" ]")
        .contains("\"organization\" : \"Org\"")
        .contains("\"port\" : 4711")
        .contains("\"serviceCode\" : 1145656131")
        .contains(
            "{\n    \"type\" : \"draft\",\n    \"data\" : \"draft-x\",\n    \"section\" : \"3.1\"")
        .endsWith("}\n");
  }

  @Test
  void writesPortChoicesAsNumberTokenOrNull() {
    AssignmentRequest request = full();
    assertThat(json(request.withPort(PortChoice.anyUserPort())))
        .contains("\"port\" : \"any-user\"");
    assertThat(json(request.withPort(PortChoice.anySystemPort())))
        .contains("\"port\" : \"any-system\"");
    assertThat(json(request.withPort(PortChoice.nameOnly()))).contains("\"port\" : null");
    for (PortChoice port :
        List.of(PortChoice.anyUserPort(), PortChoice.anySystemPort(), PortChoice.nameOnly())) {
      AssignmentRequest other = request.withPort(port);
      assertThat(RequestJson.read(RequestJson.write(other), "p.json")).isEqualTo(other);
    }
  }

  private static String json(AssignmentRequest request) {
    return new String(RequestJson.write(request), StandardCharsets.UTF_8);
  }

  @Test
  void readsMissingTextAsBlankSoTheValidatorReportsEveryMissingField() {
    AssignmentRequest request = read("{\"port\": null, \"assignee\": {}, \"contact\": null}");
    assertThat(request.serviceName()).isEmpty();
    assertThat(request.transports()).isEmpty();
    assertThat(request.port()).isEqualTo(PortChoice.nameOnly());
    assertThat(request.assignee()).contains(new Contact("", "", Optional.empty(), ""));
    assertThat(request.contact()).isEmpty();
    assertThat(request.serviceCode()).isEmpty();
    assertThat(read("{\"broadcastUse\": null}").broadcastUse()).isEmpty();
  }

  @Test
  void readsTheRealOkConnectRequestAndAssignsTheRealRecords() {
    AssignmentRequest request = read(OK_CONNECT);
    assertThat(RequestJson.read(RequestJson.write(request), "again.json")).isEqualTo(request);
    Registry before = registry("2026-08-11");
    Clock day =
        Clock.fixed(
            LocalDate.parse("2026-08-17").atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    Registry after = Lifecycle.assign(before, request, day).registry();
    assertThat(named(after, "ok-connect"))
        .hasSize(1)
        .isEqualTo(named(registry("2026-08-17"), "ok-connect"));
    assertThat(after.people()).containsAll(registry("2026-08-17").people());
  }

  private static Registry registry(String date) {
    return XmlFormat.read(SharedData.bytes(SharedData.history(date)), date + ".xml");
  }

  private static List<ServiceRecord> named(Registry registry, String name) {
    return registry.records().stream().filter(r -> r.name().equals(Optional.of(name))).toList();
  }

  @Test
  void theDocumentedExampleIsAValidRequestOnTheNewestRegistry() throws Exception {
    AssignmentRequest example = RequestJson.read(Files.readAllBytes(EXAMPLE), "request.json");
    assertThat(example.port()).isEqualTo(PortChoice.anyUserPort());
    assertThat(example.transports()).containsExactly(Transport.TCP);
    Registry newest = XmlFormat.read(SharedData.bytes(SharedData.newestXml()), "newest.xml");
    assertThat(RequestValidator.validate(example, newest)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ''                                     | r.json:1:1: empty input: expected a JSON object
          '{\n  "serviceName": ]'                | r.json:2:18: Unexpected character (']'
          '{"serviceName": "a", "serviceName": "b"}' | r.json:1:35: Duplicate field 'serviceName'
          '{} {}'                                | r.json:1:4: unexpected content after the request
          '[]'                                   | r.json:1:1: the request must be an object, was an array
          '{\n "servicename": "x"}'              | r.json:2:17: unknown member 'servicename' in the request
          '{"serviceName": 7}'                   | r.json:1:17: 'serviceName' must be a string, was a number
          '{"transports": "tcp"}'                | r.json:1:16: 'transports' must be an array, was a string
          '{"transports": ["tcp", "TCP"]}'       | r.json:1:24: bad transport in 'transports': must be tcp, udp, sctp or dccp, was 'TCP'
          '{"transports": [1]}'                  | r.json:1:17: an item of 'transports' must be a string, was a number
          '{"assignee": "me"}'                   | r.json:1:14: 'assignee' must be an object, was a string
          '{"assignee": {"email": "a@b"}}'       | r.json:1:24: unknown member 'email' in 'assignee'
          '{"contact": {"name": true}}'          | r.json:1:22: 'contact.name' must be a string, was a boolean
          '{"references": [{"type": "rfc", "url": "x"}]}' | r.json:1:40: unknown member 'url' in an item of 'references'
          '{"references": [{"type": "web"}]}'    | r.json:1:17: unknown xref type 'web'
          '{"references": [{"data": "x"}]}'      | r.json:1:17: missing member 'type'
          '{"port": "any"}'                      | r.json:1:10: 'port' must be a port number, "any-user", "any-system" or null, was 'any'
          '{"port": 80.5}'                       | r.json:1:10: 'port' must be a port number, "any-user", "any-system" or null, was a number 80.5
          '{"port": 70000}'                      | r.json:1:10: 'port' must be in 0..65535, was 70000
          '{"port": -1}'                         | r.json:1:10: 'port' must be in 0..65535, was -1
          '{"serviceCode": "12"}'                | r.json:1:17: 'serviceCode' must be an integer, was '12'
          '{"serviceCode": 99999999999999999999}' | r.json:1:17: 'serviceCode' must be an integer, was a number 99999999999999999999
          '{"broadcastUse": ["no"]}'             | r.json:1:18: 'broadcastUse' must be a string, was an array
          """)
  void namesLineColumnAndMemberOfEveryError(String json, String message) {
    assertThat(error(json.replace("\\n", "\n"))).startsWith(message);
  }

  @Test
  void refusesInvalidUtf8WithItsPlace() {
    byte[] bytes = {'{', '"', 's', '"', ':', '"', (byte) 0xC3, '"', '}'};
    assertThatThrownBy(() -> RequestJson.read(bytes, "bad.json"))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessageStartingWith("bad.json:1:")
        .hasMessageContaining("UTF-8");
  }
}
