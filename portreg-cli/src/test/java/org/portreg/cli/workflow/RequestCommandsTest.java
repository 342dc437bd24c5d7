package org.portreg.cli.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.cli.WorkflowStoreFixture;
import org.portreg.format.xml.XmlFormat;
import org.portreg.model.Registry;
import org.portreg.model.Transport;
import org.portreg.rules.PortSpace;
import org.portreg.testing.SharedData;
import org.portreg.workflow.PortSelector;

/** The workflow from the command line on a store holding the newest real registry. */
class RequestCommandsTest {
  static final Path EXAMPLE = Path.of("..", "docs", "examples", "request.json");

  @TempDir Path folder;
  WorkflowStoreFixture cli;
  String example;

  @BeforeEach
  void storeWithUsers() throws Exception {
    cli = WorkflowStoreFixture.in(folder).withUsers();
    example = cli.file("request.json", Files.readString(EXAMPLE));
  }

  String request(String name, String transports, String port) throws Exception {
    return cli.file(
        name + ".json",
        """
        {"serviceName": "%s", "transports": [%s], "port": %s,
         "assignee": {"id": "Quokka_Labs", "name": "Quokka Labs", "uri": "ports@quokka.example"},
         "contact": {"id": "Ada_Quokka", "name": "Ada Quokka", "uri": "ada@quokka.example"},
         "description": "Quokka service",
         "references": [{"type": "uri", "data": "https://quokka.example/spec"}],
         "congestionControl": "RFC 8085 compliant"}
        """
            .formatted(name, transports, port));
  }

  /** The date of the newest real registry, the version the fixtures hold first. */
  static String newestDate() {
    return XmlFormat.read(SharedData.bytes(SharedData.newestXml()), "newest.xml")
        .header()
        .updated()
        .toString();
  }

  static String today() {
    return LocalDate.now(ZoneOffset.UTC).toString();
  }

  @Test
  void theStepsWithoutPicocliAnswerAsTheFullCommands(@TempDir Path other) throws Exception {
    WorkflowStoreFixture fast = WorkflowStoreFixture.in(other).withUsers();
    String taken = request("http", "\"tcp\"", "80");
    String[][] steps = {
      {"request", "submit", example, "--as", "ann"},
      {"request", "submit", taken, "--as", "ann"},
      {"request", "submit", example, "--as", "nobody"},
      {"request", "submit", cli.file("broken.json", "{\"serviceName\": 1"), "--as", "ann"},
      {"request", "decide", "1", "approve", "--reason", "fine", "--as", "ann"},
      {"request", "decide", "1", "approve", "--reason", "fine", "--as", "eve"},
      {"request", "decide", "1", "approve", "--reason", "again", "--as", "eve"},
      {"request", "assign", "7", "--reason", "no such request", "--as", "ada"},
      {"request", "assign", "1", "--reason=approved", "--as", "ada"},
      {"diff", newestDate(), today()},
      {"diff", newestDate(), today(), "--format", "json"},
      {"diff", today(), today()},
      {"diff", "1999-01-01", today()}
    };
    StringBuilder answers = new StringBuilder();
    for (String[] step : steps) {
      int full = cli.run(step);
      String fullOut = cli.out;
      String fullErr = cli.err;
      assertThat(fast.runFast(step)).as(String.join(" ", step)).isEqualTo(full);
      assertThat(fast.fast).as("answered without picocli: " + String.join(" ", step)).isTrue();
      assertThat(fast.out).isEqualTo(fullOut);
      assertThat(fast.err).isEqualTo(fullErr);
      answers.append(fast.out).append(fast.err);
    }
    assertThat(answers)
        .contains("ASSIGNED quokka-sync", "+ quokka-sync", "\"name\" : \"quokka-sync\"")
        .contains("both name stored version", "no registry version stored on or before 1999-01-01");
    assertThat(fast.runFast("request", "decide", "1", "maybe", "--reason", "x")).isEqualTo(2);
    assertThat(fast.fast).as("a decision word it does not know goes to picocli").isFalse();
    fast.runFast("request", "submit", example, "--format", "json");
    assertThat(fast.fast).as("an option it does not take goes to picocli").isFalse();
  }

  @Test
  void anApplicantSubmitsAnExpertApprovesAnAdminAssignsAndLookupShowsTheRecord() throws Exception {
    Registry newest = XmlFormat.read(SharedData.bytes(SharedData.newestXml()), "newest.xml");
    int port = PortSelector.selectPort(newest, Set.of(Transport.TCP), PortSpace.USER).orElseThrow();

    assertThat(cli.run("request", "submit", example, "--as", "ann")).as(cli.err).isZero();
    assertThat(cli.out).isEqualTo("request #1 CHECKED quokka-sync any-user/tcp\n");
    assertThat(cli.run("request", "decide", "1", "approve", "--reason", "fine", "--as", "eve"))
        .as(cli.err)
        .isZero();
    assertThat(cli.out).isEqualTo("request #1 APPROVED quokka-sync any-user/tcp\n");
    assertThat(cli.run("request", "assign", "1", "--reason", "approved", "--as", "ada"))
        .as(cli.err)
        .isZero();
    assertThat(cli.out)
        .startsWith("request #1 ASSIGNED quokka-sync any-user/tcp\n")
        .endsWith("\nASSIGN 'quokka-sync' port " + port + " [tcp] on " + today() + "\n");

    assertThat(cli.run("lookup", "quokka-sync")).as(cli.err).isZero();
    assertThat(cli.out).contains("quokka-sync").contains(Integer.toString(port)).contains("tcp");
    assertThat(cli.run("lookup", port + "/tcp")).isZero();
    assertThat(cli.out).contains("quokka-sync");
    assertThat(cli.run("db", "versions")).isZero();
    assertThat(cli.out.lines()).hasSize(2);
    assertThat(cli.out.lines().skip(1).findFirst().orElseThrow()).startsWith(today());
  }

  @Test
  void showPrintsTheRequestItsHistoryAndForExpertsTheWarnings() throws Exception {
    String web = request("quokka-web", "\"tcp\"", "\"any-user\"");
    cli.require(cli.run("request", "submit", web, "--as", "ann"));
    cli.require(cli.run("request", "decide", "1", "ask", "--reason", "which port?", "--as", "eve"));

    assertThat(cli.run("request", "show", "1", "--as", "ann")).as(cli.err).isZero();
    assertThat(cli.out)
        .startsWith("request #1 NEEDS_INFORMATION quokka-web any-user/tcp\n")
        .contains("  applicant     ann\n")
        .contains("  assignee      Quokka Labs <ports@quokka.example> [Quokka_Labs]\n")
        .contains("  reference     uri https://quokka.example/spec\n")
        .containsSubsequence(
            "history:",
            "SUBMIT by ann (APPLICANT): SUBMITTED: submitted",
            "CHECK by portreg (ADMIN): SUBMITTED -> CHECKED",
            "START_REVIEW by eve (EXPERT): CHECKED -> EXPERT_REVIEW",
            "ASK_INFORMATION by eve (EXPERT): EXPERT_REVIEW -> NEEDS_INFORMATION: which port?")
        .doesNotContain("warnings");
    assertThat(cli.run("request", "show", "1", "--format", "json", "--as", "ann")).isZero();
    assertThat(cli.out).contains("\"events\"").doesNotContain("\"warnings\"");

    assertThat(cli.run("request", "show", "1", "--as", "eve")).isZero();
    assertThat(cli.out).contains("warnings for the expert:\n  USE_EXISTING_PORT: ");
  }

  @Test
  void showAsJsonHoldsTheStoredRequestEventsAndWarnings() throws Exception {
    cli.require(
        cli.run(
            "request", "submit", request("quokka-web", "\"tcp\"", "\"any-user\""), "--as", "ann"));

    assertThat(cli.run("request", "show", "1", "--format", "json", "--as", "ada")).isZero();
    JsonNode json = new ObjectMapper().readTree(cli.out);
    assertThat(json.get("id").asLong()).isEqualTo(1);
    assertThat(json.get("state").asText()).isEqualTo("CHECKED");
    assertThat(json.get("applicant").asText()).isEqualTo("ann");
    assertThat(json.at("/request/port").asText()).isEqualTo("any-user");
    assertThat(json.at("/request/assignee/uri").asText()).isEqualTo("ports@quokka.example");
    assertThat(json.get("events")).hasSize(2);
    assertThat(json.at("/events/1/action").asText()).isEqualTo("CHECK");
    assertThat(json.at("/warnings/0/code").asText()).isEqualTo("USE_EXISTING_PORT");
  }

  @Test
  void submitAsJsonPrintsTheStoredRequest() throws Exception {
    assertThat(cli.run("request", "submit", example, "--as", "ann", "--format", "json")).isZero();
    JsonNode json = new ObjectMapper().readTree(cli.out);
    assertThat(json.get("state").asText()).isEqualTo("CHECKED");
    assertThat(json.at("/request/serviceName").asText()).isEqualTo("quokka-sync");
    assertThat(json.at("/request/port").asText()).isEqualTo("any-user");
  }

  @Test
  void listsRequestsAsTableCsvAndJsonFilteredByStateAndOwner() throws Exception {
    cli.require(cli.run("request", "submit", example, "--as", "ann"));
    cli.require(
        cli.run(
            "user",
            "add",
            "bob",
            "--name",
            "Bob",
            "--email",
            "bob@example.org",
            "--role",
            "applicant"));
    cli.require(
        cli.run("request", "submit", request("quokka-two", "\"udp\"", "null"), "--as", "bob"));
    cli.require(cli.run("request", "withdraw", "2", "--reason", "changed my mind", "--as", "bob"));

    assertThat(cli.run("request", "list")).isZero();
    assertThat(cli.out.lines())
        .hasSize(3)
        .first()
        .asString()
        .startsWith("ID  State      Service      Port           Applicant  Submitted");
    assertThat(cli.out).contains("1   CHECKED    quokka-sync  any-user/tcp   ann");
    assertThat(cli.out)
        .contains(
            "2   WITHDRAWN  quokka-two   name only/udp bob"
                .replace("name only/udp bob", "name only/udp  bob"));

    assertThat(cli.run("request", "list", "--state", "checked,expert-review")).isZero();
    assertThat(cli.out.lines()).hasSize(2);
    assertThat(cli.run("request", "list", "--mine", "--as", "bob", "--format", "csv")).isZero();
    assertThat(cli.out)
        .startsWith("ID,State,Service,Port,Applicant,Submitted\r\n2,WITHDRAWN,quokka-two,")
        .hasLineCount(2);
    assertThat(cli.run("request", "list", "--format", "json")).isZero();
    JsonNode json = new ObjectMapper().readTree(cli.out);
    assertThat(json).hasSize(2);
    assertThat(json.at("/1/state").asText()).isEqualTo("WITHDRAWN");
  }

  @Test
  void theApplicantAnswersTheExpertAndTheRequestReturnsToReview() throws Exception {
    cli.require(cli.run("request", "submit", example, "--as", "ann"));
    cli.require(cli.run("request", "decide", "1", "ask", "--reason", "spec?", "--as", "eve"));

    assertThat(cli.run("request", "answer", "1", "--reason", "see the URI", "--as", "ann"))
        .as(cli.err)
        .isZero();
    assertThat(cli.out).isEqualTo("request #1 EXPERT_REVIEW quokka-sync any-user/tcp\n");
    assertThat(cli.run("request", "decide", "1", "reject", "--reason", "no", "--as", "eve"))
        .isZero();
    assertThat(cli.out).startsWith("request #1 REJECTED");
    assertThat(cli.run("request", "withdraw", "1", "--reason", "late", "--as", "ann")).isEqualTo(3);
    assertThat(cli.err).contains("REJECTED");
  }

  @Test
  void aSystemPortAwaitsTheIetfApprovalTheAdminRecordsBeforeItIsAssigned() throws Exception {
    Registry newest = XmlFormat.read(SharedData.bytes(SharedData.newestXml()), "newest.xml");
    int port =
        PortSelector.selectPort(newest, Set.of(Transport.TCP), PortSpace.SYSTEM).orElseThrow();
    String system =
        cli.file(
            "system.json",
            """
            {"serviceName": "quokka-sys", "transports": ["tcp"], "port": %d,
             "assignee": {"id": "IESG", "name": "IESG", "uri": "iesg@ietf.org"},
             "contact": {"id": "IETF_Chair", "name": "IETF Chair", "uri": "chair@ietf.org"},
             "description": "Quokka system service",
             "references": [{"type": "rfc", "data": "rfc9999"}]}
            """
                .formatted(port));
    cli.require(cli.run("request", "submit", system, "--as", "ann"));

    cli.require(cli.run("request", "decide", "1", "approve", "--reason", "ok", "--as", "eve"));
    assertThat(cli.out).startsWith("request #1 AWAITING_IETF_APPROVAL");
    assertThat(cli.run("request", "assign", "1", "--reason", "too early", "--as", "ada"))
        .isEqualTo(3);
    assertThat(cli.run("request", "record-approval", "1", "--reason", "RFC 9999", "--as", "ada"))
        .as(cli.err)
        .isZero();
    assertThat(cli.out).startsWith("request #1 APPROVED");
    assertThat(cli.run("request", "assign", "1", "--reason", "approved", "--as", "ada")).isZero();
    assertThat(cli.out).contains("port " + port + " [tcp]");
    assertThat(cli.run("lookup", port + "/tcp")).isZero();
    assertThat(cli.out).contains("quokka-sys");
  }
}
