package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.portreg.error.StoreException;
import org.portreg.history.VersionRef;
import org.portreg.server.http.HttpMetrics;
import org.portreg.server.spi.RegistrySource;
import org.portreg.server.spi.RegistryVersion;
import org.portreg.server.spi.VersionInfo;

/** {@code /healthz} and {@code /metrics}. */
class OperationsTest {
  private static final Pattern SAMPLE =
      Pattern.compile(
          "([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([a-zA-Z_][a-zA-Z0-9_]*=\"(\\\\.|[^\"\\\\])*\""
              + "(,[a-zA-Z_][a-zA-Z0-9_]*=\"(\\\\.|[^\"\\\\])*\")*)?\\})? (-?[0-9.eE+-]+|NaN|[+-]Inf)");
  private static final Pattern COMMENT =
      Pattern.compile(
          "# (HELP [a-zA-Z_:][a-zA-Z0-9_:]* .*|TYPE [a-zA-Z_:][a-zA-Z0-9_:]* "
              + "(counter|gauge|histogram|summary|untyped))");

  /** A source whose store cannot be reached, as a down database makes it. */
  private static final class UnreachableSource implements RegistrySource {
    @Override
    public Optional<RegistryVersion> current() {
      throw new StoreException("connection refused");
    }

    @Override
    public List<VersionInfo> versions() {
      throw new StoreException("connection refused");
    }

    @Override
    public Optional<RegistryVersion> version(VersionRef ref) {
      throw new StoreException("connection refused");
    }
  }

  @Test
  void reportsHealthyWithTheCurrentVersion() {
    try (TestServer server = serverOf(TestRegistries.plain("2025-02-03", 5))) {
      JsonNode health = server.json("/healthz", 200);

      assertThat(health.get("status").asText()).isEqualTo("ok");
      assertThat(health.get("registry").get("updated").asText()).isEqualTo("2025-02-03");
      assertThat(health.get("registry").get("recordCount").asInt()).isEqualTo(5);
    }
  }

  @Test
  void reportsHealthyWhileEmpty() {
    try (TestServer server = new TestServer(InMemoryRegistrySource.empty())) {
      assertThat(server.json("/healthz", 200).get("registry").isNull()).isTrue();
    }
  }

  @Test
  void reportsUnavailableWhenTheSourceFails() {
    try (TestServer server = new TestServer(new UnreachableSource())) {
      JsonNode health = server.json("/healthz", 503);
      HttpResponse<byte[]> api = server.get("/api/v1/registry");

      assertThat(health.get("status").asText()).isEqualTo("unavailable");
      assertThat(api.statusCode()).isEqualTo(500);
      assertThat(new String(api.body(), java.nio.charset.StandardCharsets.UTF_8))
          .contains("\"detail\" : \"the server failed; see its log\"")
          .doesNotContain("connection refused")
          .doesNotContain("at org.");
    }
  }

  @Test
  void exposesMetricsInThePrometheusTextFormat() {
    try (TestServer server = serverOf(TestRegistries.plain("2025-02-03", 5))) {
      server.text("/api/v1/records", 200);
      server.text("/api/v1/records", 200);
      server.text("/api/v1/records?page=7", 404);
      server.get("/nowhere");
      HttpResponse<byte[]> response = server.get("/metrics");
      String text = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);

      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain; version=0.0.4"));
      Map<String, Double> samples = parse(text);
      assertThat(samples)
          .containsEntry(
              "portreg_http_requests_total{route=\"/api/v1/records\",method=\"GET\",status=\"200\"}",
              2.0)
          .containsEntry(
              "portreg_http_requests_total{route=\"/api/v1/records\",method=\"GET\",status=\"404\"}",
              1.0)
          .containsEntry(
              "portreg_http_requests_total{route=\"unmatched\",method=\"GET\",status=\"404\"}", 1.0)
          .containsEntry(
              "portreg_http_request_duration_seconds_count{route=\"/api/v1/records\"}", 3.0)
          .containsEntry(
              "portreg_http_request_duration_seconds_bucket{route=\"/api/v1/records\",le=\"+Inf\"}",
              3.0)
          .containsEntry("portreg_registry_records", 5.0)
          .containsEntry("portreg_registry_updated_timestamp_seconds", 1738540800.0)
          .containsKey("jvm_memory_used_bytes{area=\"heap\"}");
      assertThat(text).contains("portreg_registry_info{id=\"");
      assertBucketsAscend(samples, "/api/v1/records");
    }
  }

  /** Every line is a comment or a sample of the 0.0.4 grammar; samples by series. */
  private static Map<String, Double> parse(String text) {
    Map<String, Double> samples = new LinkedHashMap<>();
    assertThat(text).endsWith("\n");
    for (String line : text.split("\n")) {
      if (line.startsWith("#")) {
        assertThat(COMMENT.matcher(line).matches()).as(line).isTrue();
        continue;
      }
      Matcher m = SAMPLE.matcher(line);
      assertThat(m.matches()).as(line).isTrue();
      String series = line.substring(0, line.lastIndexOf(' '));
      String value = line.substring(line.lastIndexOf(' ') + 1);
      assertThat(samples.put(series, Double.parseDouble(value))).as(series).isNull();
    }
    return samples;
  }

  private static void assertBucketsAscend(Map<String, Double> samples, String route) {
    List<Double> counts = new ArrayList<>();
    samples.forEach(
        (series, value) -> {
          if (series.startsWith("portreg_http_request_duration_seconds_bucket{route=\"" + route)) {
            counts.add(value);
          }
        });
    assertThat(counts).hasSize(HttpMetrics.BUCKETS.length + 1).isSorted();
  }

  private static TestServer serverOf(org.portreg.model.Registry registry) {
    return new TestServer(InMemoryRegistrySource.of(List.of(registry)));
  }
}
