package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portreg.server.WorkflowServer.json;
import static org.portreg.server.WorkflowServer.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.local.LocalAssignment;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;

/**
 * {@code GET /api/v1/check} and the {@code ?with=local} downloads on the newest real registry with
 * a local assignment in the store: the scenario over HTTP, in the shapes the CLI prints.
 */
class CheckApiTest {
  private static WorkflowServer w;

  @BeforeAll
  static void start(@TempDir Path folder) {
    w = WorkflowServer.start(folder);
    w.store
        .local()
        .add(
            LocalAssignment.of(
                "ledger", Optional.of(PortRange.parse("7400")), Set.of(Transport.TCP), "finance"),
            "ada",
            "first day");
  }

  @AfterAll
  static void stop() {
    w.close();
  }

  @Test
  void anIanaAssignedPortIsAConflictNamingTheService() {
    JsonNode answer = check("port=8080/tcp", 200);
    assertThat(answer.get("result").asText()).isEqualTo("conflict");
    JsonNode verdict = answer.get("verdicts").get(0);
    assertThat(verdict.get("item").asText()).isEqualTo("8080/tcp");
    assertThat(messages(verdict)).anyMatch(m -> m.contains("http-alt"));
  }

  @Test
  void aPresetAskedForIsApplied() {
    JsonNode plain = check("port=31000/tcp", 200);
    JsonNode withNodePorts = check("port=31000/tcp&preset=kubernetes-nodeport", 200);
    assertThat(messages(plain.get("verdicts").get(0))).noneMatch(m -> m.contains("NodePort"));
    assertThat(withNodePorts.get("result").asText()).isEqualTo("conflict");
    assertThat(messages(withNodePorts.get("verdicts").get(0)))
        .anyMatch(m -> m.contains("NodePort"));
  }

  @Test
  void aPortHeldLocallyNamesItsHolderAndNamesAreCheckedToo() {
    JsonNode answer = check("port=7400/tcp&name=ledger&name=x11", 200);
    assertThat(answer.get("verdicts")).hasSize(3);
    assertThat(messages(answer.get("verdicts").get(0))).anyMatch(m -> m.contains("ledger"));
    assertThat(messages(answer.get("verdicts").get(2))).anyMatch(m -> m.contains("x11"));
  }

  @Test
  void allChecksEveryLocalAssignment() {
    JsonNode answer = check("all=true", 200);
    assertThat(answer.get("verdicts")).isNotEmpty();
    assertThat(answer.get("verdicts").get(0).get("item").asText()).contains("ledger");
  }

  @Test
  void badRequestsAre400Problems() {
    assertThat(check("", 400).get("detail").asText()).contains("all=true");
    assertThat(check("port=8080&all=true", 400).get("detail").asText()).contains("all=true");
    assertThat(check("port=1&preset=nope", 400).get("detail").asText()).contains("nope");
    assertThat(check("port=1&strict=maybe", 400).get("detail").asText()).contains("strict");
    assertThat(check("port=99999", 400).get("type").asText()).endsWith("bad-request");
    String many = "port=1" + "&port=1".repeat(CheckApi_MAX);
    assertThat(check(many, 400).get("detail").asText()).contains("at most");
  }

  @Test
  void downloadsWithLocalAddTheLocalEntriesAfterIanasMarkedAsLocal() {
    String services = text(w.get("/services", null));
    HttpResponse<byte[]> combined = w.get("/services?with=local", null);
    assertThat(combined.statusCode()).isEqualTo(200);
    assertThat(text(combined)).startsWith(services).contains("\nledger 7400/tcp");
    String csv = text(w.get("/service-names-port-numbers.csv?with=local", null));
    assertThat(csv.lines().reduce((a, b) -> b).orElseThrow()).startsWith("ledger,7400,tcp,");
    assertThat(csv).endsWith(",local\r\n");
    JsonNode json = json(w.get("/service-names-port-numbers.json?with=local", null));
    JsonNode last = json.get("records").get(json.get("records").size() - 1);
    assertThat(last.get("source").asText()).isEqualTo("local");
    assertThat(w.get("/service-names-port-numbers.xml?with=local", null).statusCode())
        .isEqualTo(400);
    assertThat(w.get("/services?with=everything", null).statusCode()).isEqualTo(400);
  }

  private static final int CheckApi_MAX = 100;

  private static JsonNode check(String query, int status) {
    HttpResponse<byte[]> response = w.get("/api/v1/check?" + query, null);
    assertThat(response.statusCode()).as(text(response)).isEqualTo(status);
    return json(response);
  }

  private static List<String> messages(JsonNode verdict) {
    List<String> messages = new ArrayList<>();
    verdict.get("findings").forEach(f -> messages.add(f.get("message").asText()));
    return messages;
  }
}
