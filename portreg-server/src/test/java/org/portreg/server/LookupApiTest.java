package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portreg.server.http.SecurityHeaders;

/** The lookup endpoints: ports, services, free ports, diffs and (without a store) history. */
class LookupApiTest {
  static final String EXTRA =
      "  <record>\n    <name>z39.50</name>\n    <protocol>tcp</protocol>\n"
          + "    <description>ANSI Z39.50</description>\n    <number>210</number>\n"
          + "    <note>This entry is an alias to \"z39-50\".</note>\n  </record>\n"
          + "  <record>\n    <name>z39-50</name>\n    <protocol>tcp</protocol>\n"
          + "    <description>ANSI Z39.50</description>\n    <number>210</number>\n"
          + "  </record>\n"
          + "  <record>\n    <protocol>udp</protocol>\n    <number>1001</number>\n"
          + "    <description>Reserved</description>\n  </record>\n";

  private static TestServer server;

  @BeforeAll
  static void start() {
    server =
        new TestServer(
            InMemoryRegistrySource.of(
                List.of(
                    TestRegistries.plain("2024-01-01", 3),
                    TestRegistries.of("2025-02-03", 5, EXTRA, ""))));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void answersAPortOnOneTransportWithItsRecordsAndStatus() {
    JsonNode answer = server.json("/api/v1/ports/1001/tcp", 200);

    assertThat(answer.get("port").asInt()).isEqualTo(1001);
    assertThat(answer.get("transport").asText()).isEqualTo("tcp");
    assertThat(answer.get("status").asText()).isEqualTo("assigned");
    assertThat(answer.get("records").get(0).get("name").asText()).isEqualTo("svc1");
  }

  @Test
  void computesUnassignedAndDynamicWhereNoRecordExists() {
    assertThat(server.json("/api/v1/ports/1200/sctp", 200).get("status").asText())
        .isEqualTo("unassigned");
    assertThat(server.json("/api/v1/ports/50000/tcp", 200).get("status").asText())
        .isEqualTo("dynamic");
    assertThat(server.json("/api/v1/ports/50000/tcp", 200).get("records")).isEmpty();
  }

  @Test
  void answersAPortOnEveryTransport() {
    JsonNode answer = server.json("/api/v1/ports/1001", 200);
    List<String> statuses = new ArrayList<>();
    answer
        .get("transports")
        .forEach(t -> statuses.add(t.get("transport").asText() + "=" + t.get("status").asText()));

    assertThat(statuses)
        .containsExactly("tcp=assigned", "udp=reserved", "sctp=unassigned", "dccp=unassigned");
    assertThat(answer.get("records")).hasSize(2);
  }

  @Test
  void writesCompactJsonWithAnETagThatAnswersNotModified() {
    HttpResponse<byte[]> first = server.get("/api/v1/ports/1001/tcp");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    HttpResponse<byte[]> again = server.get("/api/v1/ports/1001/tcp", "If-None-Match", etag);

    assertThat(new String(first.body(), java.nio.charset.StandardCharsets.UTF_8))
        .startsWith("{\"port\":1001,");
    assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
    assertThat(again.statusCode()).isEqualTo(304);
  }

  @Test
  void answersTheFastPathWithTheSecurityHeadersAndCountsItInTheMetrics() {
    HttpResponse<byte[]> answer = server.get("/api/v1/ports/1002/tcp");
    String metrics = server.text("/metrics", 200);

    assertThat(answer.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
        .isEqualTo("application/json;charset=utf-8");
    assertThat(metrics)
        .contains("portreg_http_requests_total{route=\"/api/v1/ports/{port}/{transport}\"");
  }

  @Test
  void theFastPathSendsHstsWhenClientsUseHttpsOnly() {
    try (TestServer https =
        new TestServer(
            InMemoryRegistrySource.of(List.of(TestRegistries.plain("2024-01-01", 3))),
            ServerOptions.defaults().withHttpsOnly(true))) {
      HttpResponse<byte[]> answer = https.get("/api/v1/ports/1002/tcp");

      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.headers().firstValue("Strict-Transport-Security"))
          .hasValue(SecurityHeaders.HSTS);
    }
    assertThat(server.get("/api/v1/ports/1002/tcp").headers().map())
        .doesNotContainKey("strict-transport-security");
  }

  @Test
  void rejectsABadPortOrTransport() {
    assertThat(server.json("/api/v1/ports/70000/tcp", 400).get("detail").asText())
        .contains("70000");
    assertThat(server.json("/api/v1/ports/80/xtp", 400).get("detail").asText()).contains("xtp");
  }

  @Test
  void resolvesAHistoricServiceNameAndSaysSo() {
    JsonNode historic = server.json("/api/v1/services/Z39.50", 200);
    JsonNode own = server.json("/api/v1/services/SVC2", 200);

    assertThat(historic.get("name").asText()).isEqualTo("z39-50");
    assertThat(historic.get("historicName").asText()).isEqualTo("z39.50");
    assertThat(historic.get("resolvedFromHistoric").asBoolean()).isTrue();
    assertThat(own.get("resolvedFromHistoric").asBoolean()).isFalse();
    assertThat(own.get("records").get(0).get("number").asText()).isEqualTo("1002");
    assertThat(server.json("/api/v1/services/nosuch", 404).get("status").asInt()).isEqualTo(404);
  }

  @Test
  void findsFreePorts() {
    JsonNode free = server.json("/api/v1/free?transport=tcp,udp&count=2&range=user", 200);
    JsonNode block =
        server.json("/api/v1/free?transport=tcp&count=3&range=user&contiguous=true", 200);

    assertThat(free.get("ports")).hasSize(2);
    assertThat(free.get("ports").get(0).get("first").asInt()).isEqualTo(1024);
    assertThat(block.get("ports")).hasSize(1);
    assertThat(
            block.get("ports").get(0).get("last").asInt()
                - block.get("ports").get(0).get("first").asInt())
        .isEqualTo(2);
    assertThat(server.json("/api/v1/free?range=dynamic", 400).get("detail").asText())
        .contains("dynamic");
  }

  @Test
  void diffsTwoVersions() {
    JsonNode diff = server.json("/api/v1/diff?from=2024-01-01&to=2025-02-03", 200);

    assertThat(diff.get("format").asText()).isEqualTo("portreg-diff");
    assertThat(diff.get("records").size()).isGreaterThanOrEqualTo(3);
    assertThat(server.json("/api/v1/diff?from=2024-01-01", 400).get("detail").asText())
        .contains("to=DATE");
    assertThat(server.json("/api/v1/diff?from=2023-01-01&to=2025-02-03", 404)).isNotNull();
  }

  @Test
  void saysHistoryNeedsTheStore() {
    JsonNode problem = server.json("/api/v1/history?name=svc1", 501);

    assertThat(problem.get("detail").asText()).contains("history needs the store");
  }
}
