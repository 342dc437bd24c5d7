package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.local.LocalAssignment;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;

/**
 * Issue 16: the lookup API, the search API and the registry, service and port pages show the local
 * assignments beside IANA's records, marked as local and linked to their page; IANA's part of each
 * answer is what it is without them; a local write shows within the poll interval, also on the
 * answers the fast path keeps. Every page passes the Nu HTML Checker in {@link TestServer}.
 */
class LocalMarksTest {
  @TempDir static Path folder;
  private static WorkflowFixture fixture;
  private static TestServer server;

  @BeforeAll
  static void start() {
    fixture = WorkflowFixture.open(folder);
    add("billing-api", "8080", Set.of(Transport.TCP), "payments", "Billing API");
    add("ledger", "29200-29210", Set.of(Transport.TCP, Transport.UDP), "finance", "Ledger");
    server = new TestServer(fixture.start());
  }

  @AfterAll
  static void stop() {
    server.close();
    fixture.close();
  }

  private static void add(
      String name, String ports, Set<Transport> transports, String owner, String description) {
    LocalAssignment entry =
        new LocalAssignment(
            name,
            Optional.of(PortRange.parse(ports)),
            transports,
            owner,
            "",
            org.portreg.local.Scope.CLUSTER,
            java.util.List.of(),
            description,
            Optional.of(java.time.LocalDate.of(2026, 12, 3)),
            Optional.empty(),
            "");
    fixture.store().local().add(entry, "adam", "test");
  }

  @Test
  void thePortApiAddsTheLocalEntriesAndKeepsIanasPart() {
    JsonNode port = server.json("/api/v1/ports/8080", 200);
    assertThat(port.get("records")).hasSize(2);
    assertThat(port.at("/records/0/name").asText()).isEqualTo("http-alt");
    assertThat(port.at("/records/0").has("source")).isFalse();
    assertThat(port.get("local")).hasSize(1);
    assertThat(port.at("/local/0").toString())
        .isEqualTo(
            "{\"source\":\"local\",\"name\":\"billing-api\",\"ports\":\"8080\",\"transports\":"
                + "[\"tcp\"],\"owner\":\"payments\",\"scope\":\"cluster\",\"description\":"
                + "\"Billing API\",\"since\":\"2026-12-03\"}");
    assertThat(server.json("/api/v1/ports/8080/tcp", 200).get("local")).hasSize(1);
    assertThat(server.json("/api/v1/ports/8080/udp", 200).has("local")).isFalse();
    assertThat(server.json("/api/v1/ports/443", 200).has("local")).isFalse();
    assertThat(server.json("/api/v1/ports/29205/udp", 200).at("/local/0/name").asText())
        .isEqualTo("ledger");
  }

  @Test
  void aPortAnswerWithLocalEntriesHasItsOwnEtagAndIsAnsweredAgainFromTheCache() {
    HttpResponse<byte[]> first = server.get("/api/v1/ports/8080");
    HttpResponse<byte[]> again = server.get("/api/v1/ports/8080");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(etag).matches("\"[^\"]+-8080-l[0-9a-f]+\"");
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.headers().firstValue("ETag")).hasValue(etag);
    assertThat(server.get("/api/v1/ports/8080", "If-None-Match", etag).statusCode()).isEqualTo(304);
    assertThat(server.get("/api/v1/ports/443").headers().firstValue("ETag").orElseThrow())
        .doesNotContain("-l");
  }

  @Test
  void theServiceApiFindsANameOnlyTheLocalRegistryHas() {
    JsonNode local = server.json("/api/v1/services/BILLING-API", 200);
    assertThat(local.get("name").asText()).isEqualTo("BILLING-API");
    assertThat(local.get("records")).isEmpty();
    assertThat(local.at("/local/0/name").asText()).isEqualTo("billing-api");
    assertThat(server.json("/api/v1/services/http-alt", 200).has("local")).isFalse();
    assertThat(server.get("/api/v1/services/zz-nothing").statusCode()).isEqualTo(404);
  }

  @Test
  void theSearchApiAddsTheMatchingEntriesToTheFirstPageOfASearch() {
    JsonNode page = server.json("/api/v1/records?search=billing", 200);
    assertThat(page.get("total").asInt()).isEqualTo(4);
    assertThat(page.at("/local/0/name").asText()).isEqualTo("billing-api");
    assertThat(server.json("/api/v1/records?search=billing", 200)).isEqualTo(page);
    assertThat(server.json("/api/v1/records?search=finance+port:29200", 200).at("/local/0/name"))
        .hasToString("\"ledger\"");
    assertThat(server.json("/api/v1/records", 200).has("local")).isFalse();
    assertThat(server.json("/api/v1/records?search=https", 200).has("local")).isFalse();
  }

  @Test
  void thePortAndServicePagesShowAMarkedLocalSection() {
    String port = server.text("/port/8080", 200);
    assertThat(port)
        .contains("<h2 id=\"local-assignments-title\">Local assignments</h2>")
        .contains("<a href=\"/local/billing-api\">billing-api</a>")
        .contains("<span class=\"badge local\">local</span>")
        .contains("http-alt");
    assertThat(port.indexOf("id=\"local-assignments\"")).isGreaterThan(port.indexOf("http-alt"));
    assertThat(server.text("/port/443", 200)).doesNotContain("local-assignments");

    String service = server.text("/service/billing-api", 200);
    assertThat(service)
        .contains("<h1>billing-api</h1>")
        .contains("IANA's registry has no service named billing-api.")
        .contains("No record covers it.")
        .contains("<a href=\"/local/billing-api\">billing-api</a>");
    assertThat(server.text("/service/http-alt", 200)).doesNotContain("local-assignments");
  }

  @Test
  void theRegistryPageShowsTheMatchingEntriesOfASearch() {
    String page = server.text("/?search=billing", 200);
    assertThat(page)
        .contains("<a href=\"#local-assignments\">1 local assignment</a> below")
        .contains("<a href=\"/local/billing-api\">billing-api</a>");
    assertThat(server.text("/?search=billing", 200)).as("the cached page").isEqualTo(page);
    assertThat(server.text("/", 200)).doesNotContain("local-assignments");
    assertThat(server.text("/?search=billing&page=2", 404)).doesNotContain("local-assignments");
  }

  @Test
  void aLocalWriteShowsWithinThePollIntervalEverywhere() {
    String before = server.text("/?search=orders-api", 200);
    assertThat(before).doesNotContain("local-assignments");
    assertThat(server.json("/api/v1/ports/8443/tcp", 200).has("local")).isFalse();
    assertThat(server.json("/api/v1/records?search=orders-api", 200).has("local")).isFalse();

    add("orders-api", "8443", Set.of(Transport.TCP), "shop", "Orders");

    eventually(() -> server.json("/api/v1/ports/8443/tcp", 200).has("local"));
    eventually(() -> server.text("/?search=orders-api", 200).contains("/local/orders-api"));
    eventually(() -> server.json("/api/v1/records?search=orders-api", 200).has("local"));

    fixture.store().local().remove("orders-api", "adam", "moved");
    eventually(() -> !server.json("/api/v1/ports/8443/tcp", 200).has("local"));
    eventually(() -> !server.text("/?search=orders-api", 200).contains("local-assignments"));
  }

  /** Waits for {@code condition}, generously: the store is re-read every two seconds. */
  private static void eventually(Supplier<Boolean> condition) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (!condition.get()) {
      assertThat(Instant.now()).as("the condition within 60 s").isBefore(deadline);
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
