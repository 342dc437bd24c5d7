package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.store.Store;

/** Keeps the hand-written OpenAPI document honest against the running server. */
class OpenApiTest {
  private static Store store;
  private static TestServer server;
  private static JsonNode openApi;

  @BeforeAll
  static void start(@TempDir Path folder) {
    // The store, so that history answers too.
    store = Store.open("jdbc:sqlite:" + folder.resolve("portreg.db"));
    store.importRegistry(TestRegistries.plain("2025-01-01", 110), "old.xml");
    store.importRegistry(TestRegistries.plain("2025-02-03", 120), "new.xml");
    server = new TestServer(StoreRegistrySource.of(store, Duration.ofSeconds(2)));
    openApi = server.json("/api/v1/openapi.json", 200);
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void isOpenApi31() {
    assertThat(openApi.get("openapi").asText()).isEqualTo("3.1.0");
    assertThat(openApi.get("paths").size()).isGreaterThanOrEqualTo(10);
  }

  @Test
  void everyDocumentedPathAnswersWithADocumentedStatus() {
    for (String path : paths()) {
      HttpResponse<byte[]> response = server.get(concrete(path));
      JsonNode responses = openApi.get("paths").get(path).get("get").get("responses");

      assertThat(response.statusCode()).as(path).isBetween(200, 299);
      assertThat(responses.has(String.valueOf(response.statusCode()))).as(path).isTrue();
    }
  }

  @Test
  void realResponsesHaveTheDocumentedRequiredProperties() {
    int checked = 0;
    for (String path : paths()) {
      JsonNode schema = successSchema(path);
      if (schema == null) {
        continue;
      }
      JsonNode body = server.json(concrete(path), 200);
      for (JsonNode required : schema.path("required")) {
        assertThat(body.has(required.asText())).as(path + " has " + required).isTrue();
      }
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(6);
  }

  @Test
  void problemsHaveTheDocumentedProperties() {
    JsonNode schema = openApi.at("/components/schemas/Problem");
    HttpResponse<byte[]> response = server.get("/api/v1/records?page=x");
    JsonNode problem = TestServer.parse(new String(response.body(), StandardCharsets.UTF_8));

    for (JsonNode required : schema.get("required")) {
      assertThat(problem.has(required.asText())).as(required.asText()).isTrue();
    }
  }

  @Test
  void recordsHaveTheDocumentedRequiredProperties() {
    JsonNode record = server.json("/api/v1/records?page=2", 200).get("records").get(0);

    for (JsonNode required : openApi.at("/components/schemas/Record/required")) {
      assertThat(record.has(required.asText())).as(required.asText()).isTrue();
    }
  }

  /**
   * The registry's read paths. The workflow's operations (tag {@code workflow}) need users and
   * requests; AuthorizationMatrixTest and RequestsApiTest check them against this document.
   */
  private static List<String> paths() {
    List<String> paths = new ArrayList<>();
    Iterator<String> names = openApi.get("paths").fieldNames();
    names.forEachRemaining(
        path -> {
          JsonNode get = openApi.get("paths").get(path).get("get");
          if (get != null && !get.path("tags").toString().contains("\"workflow\"")) {
            paths.add(path);
          }
        });
    return paths;
  }

  /** The schema of the 200 JSON response, resolved, or null when it has none. */
  private static JsonNode successSchema(String path) {
    JsonNode schema =
        openApi.get("paths").get(path).at("/get/responses/200/content/application~1json/schema");
    if (schema.isMissingNode()) {
      return null;
    }
    String ref = schema.path("$ref").asText();
    return ref.isEmpty() ? schema : openApi.at(ref.substring(1));
  }

  private static String concrete(String path) {
    String query =
        switch (path) {
          case "/api/v1/diff" -> "?from=2025-01-01&to=2025-02-03";
          case "/api/v1/history" -> "?name=svc115";
          case "/api/v1/free" -> "?transport=tcp,udp&count=4";
          case "/api/v1/check" -> "?port=1001/tcp&name=svc1";
          default -> "";
        };
    return path.replace("{version}", "2025-02-03")
            .replace("{id}", "Ann_Example")
            .replace("{port}", "1001")
            .replace("{transport}", "tcp")
            .replace("{name}", "svc1")
        + query;
  }
}
