package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.local.LocalAssignment;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;
import org.portreg.server.spi.RateLimit;
import org.portreg.testing.SharedData;

/**
 * The OpenAPI document checked by third-party validators (issue 15): swagger-parser reads it with
 * no message, every route that answers 200 with something other than a web page is in it, and every
 * documented JSON answer validates against its schema (a JSON Schema 2020-12 validator over the
 * document's own components). The server holds two real versions, users and a request.
 */
class OpenApiValidationTest {
  private static WorkflowServer server;
  private static JsonNode openApi;
  private static String older;
  private static String newer;
  private static long request;
  private static long watch;
  private static long revocation;
  private static long localRequest;
  private static final String LOCAL_BODY =
      "{\"target\": \"local\", \"name\": \"zz-oa-local\", \"ports\": \"7400-7401\","
          + " \"transports\": [\"tcp\"], \"owner\": \"shop\", \"contact\": \"shop@example.org\","
          + " \"scope\": \"cluster\", \"tags\": [\"prod\"], \"expires\": \"2027-12-31\"}";

  @BeforeAll
  static void start(@TempDir Path folder) {
    server =
        WorkflowServer.start(
            folder,
            ServerOptions.defaults()
                .withRateLimits(new RateLimit(100_000, 10_000), new RateLimit(100_000, 10_000)),
            List.of(SharedData.history("2026-04-30")));
    // Local assignments on the port and with the name the routes are tried with (issue 16): every
    // answer that can have a "local" member has one.
    server.store.local().add(local("edge-https", 443), "ada", "test");
    server.store.local().add(local("https", 8443), "ada", "test");
    request = server.submit(WorkflowServer.freshName());
    localRequest =
        WorkflowServer.json(server.post("/api/v1/requests", LOCAL_BODY, "ann")).get("id").asLong();
    watch =
        WorkflowServer.json(
                server.post(
                    "/api/v1/watches",
                    "{\"query\": \"https\", \"webhook\": \"https://hooks.example/p\"}",
                    "ada"))
            .get("id")
            .asLong();
    revocation =
        WorkflowServer.json(
                server.post("/api/v1/services/udpstp/revocation", "{\"reason\": \"test\"}", "ada"))
            .get("id")
            .asLong();
    server.post(
        "/api/v1/revocations/" + revocation + "/comments", "{\"text\": \"keep it\"}", "ann");
    openApi = server.server.json("/api/v1/openapi.json", 200);
    JsonNode versions = server.server.json("/api/v1/versions", 200).get("versions");
    newer = versions.get(0).get("updated").asText();
    older = versions.get(versions.size() - 1).get("updated").asText();
  }

  private static LocalAssignment local(String name, int port) {
    return LocalAssignment.of(name, Optional.of(PortRange.of(port)), Set.of(Transport.TCP), "edge");
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void swaggerParserReadsTheDocumentWithoutMessages() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result =
        new OpenAPIV3Parser().readContents(openApi.toString(), null, options);

    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI().getPaths()).isNotEmpty();
  }

  @Test
  void everySchemaDefinesTheNamesItRequires() {
    List<String> undefined = new ArrayList<>();
    collectUndefinedRequired(openApi, "#", undefined);

    assertThat(undefined).isEmpty();
  }

  @Test
  void everyRouteAnsweringOkIsDocumentedUnlessItIsAWebPageOrAsset() {
    Set<String> missing = new TreeSet<>();
    for (String route : server.server.routes()) {
      String[] parts = route.split(" ", 2);
      if (!parts[0].equals("GET") || openApi.get("paths").has(parts[1])) {
        continue;
      }
      HttpResponse<byte[]> response = server.get(concrete(parts[1]), "ada");
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (response.statusCode() == 200 && !isWebPageOrAsset(parts[1], type)) {
        missing.add(parts[1] + " (" + type + ")");
      }
    }

    assertThat(missing).isEmpty();
  }

  @Test
  void everyDocumentedJsonAnswerMatchesItsSchema() {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    int checked = 0;
    for (Map.Entry<String, JsonNode> path : openApi.get("paths").properties()) {
      JsonNode schema = path.getValue().at("/get/responses/200/content/application~1json/schema");
      if (schema.isMissingNode()) {
        continue;
      }
      HttpResponse<byte[]> response = server.get(concrete(path.getKey()), "ada");
      assertThat(response.statusCode()).as(path.getKey()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type"))
          .as("one spelling of the JSON media type, fast path or not: " + path.getKey())
          .hasValue("application/json;charset=utf-8");
      JsonNode body = TestServer.parse(new String(response.body(), StandardCharsets.UTF_8));

      Set<ValidationMessage> messages = factory.getSchema(withComponents(schema)).validate(body);

      assertThat(messages).as(path.getKey()).isEmpty();
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(15);
  }

  @Test
  void aLocalRequestAndItsBodyMatchTheirSchemas() {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    JsonNode stored =
        openApi.at(
            "/paths/~1api~1v1~1requests~1{id}/get/responses/200/content/application~1json/schema");
    JsonNode input =
        openApi.at("/paths/~1api~1v1~1requests/post/requestBody/content/application~1json/schema");
    for (String reader : new String[] {"ada", "ann", null}) {
      JsonNode body = WorkflowServer.json(server.get("/api/v1/requests/" + localRequest, reader));
      assertThat(body.get("target").asText()).isEqualTo("local");
      assertThat(factory.getSchema(withComponents(stored)).validate(body)).as(reader).isEmpty();
    }
    assertThat(factory.getSchema(withComponents(input)).validate(TestServer.parse(LOCAL_BODY)))
        .isEmpty();
    assertThat(
            factory
                .getSchema(withComponents(input))
                .validate(TestServer.parse(WorkflowServer.requestJson("zz-oa-iana"))))
        .isEmpty();
  }

  @Test
  void theAnswersThatCanHaveLocalEntriesHaveThem() {
    for (String path :
        List.of(
            "/api/v1/ports/443",
            "/api/v1/ports/443/tcp",
            "/api/v1/services/https",
            "/api/v1/records?search=edge")) {
      JsonNode local = server.server.json(path, 200).get("local");
      assertThat(local).as(path).isNotNull().isNotEmpty();
      assertThat(local.get(0).get("source").asText()).as(path).isEqualTo("local");
    }
  }

  /** The web pages and their styles, scripts and icon; the {@code .html} downloads are no page. */
  private static boolean isWebPageOrAsset(String path, String type) {
    return path.startsWith("/assets/")
        || path.equals("/favicon.ico")
        || type.startsWith("text/html") && !path.endsWith(".html");
  }

  /** {@code schema} as a root that resolves the document's {@code #/components/...} refs. */
  private static JsonNode withComponents(JsonNode schema) {
    ObjectNode root = TestServer.JSON.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.set("components", openApi.get("components"));
    root.putArray("allOf").add(schema);
    return root;
  }

  private static void collectUndefinedRequired(JsonNode node, String where, List<String> found) {
    if (node.isObject()) {
      JsonNode properties = node.get("properties");
      if (node.has("required") && node.get("required").isArray()) {
        for (JsonNode name : node.get("required")) {
          if (properties == null || !properties.has(name.asText())) {
            found.add(where + " requires " + name.asText());
          }
        }
      }
      node.properties()
          .forEach(e -> collectUndefinedRequired(e.getValue(), where + "/" + e.getKey(), found));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectUndefinedRequired(node.get(i), where + "/" + i, found);
      }
    }
  }

  private static String idOf(String path) {
    if (path.contains("request")) {
      return String.valueOf(request);
    }
    if (path.contains("revocation")) {
      return String.valueOf(revocation);
    }
    return path.contains("watches") ? String.valueOf(watch) : "Tim_Berners_Lee";
  }

  private static String concrete(String path) {
    String query =
        switch (path) {
          case "/api/v1/diff", "/diff" -> "?from=" + older + "&to=" + newer;
          case "/api/v1/history", "/history" -> "?name=https";
          case "/api/v1/free", "/free" -> "?transport=tcp,udp&count=4";
          case "/api/v1/check" -> "?port=8080/tcp&name=https&preset=kubernetes-nodeport";
          case "/api/v1/records" -> "?search=edge";
          default -> "";
        };
    return path.replace("{version}", newer)
            .replace("{id}", idOf(path))
            .replace("{port}", "443")
            .replace("{transport}", "tcp")
            .replace("{name}", "https")
            .replace("{username}", "ann")
        + query;
  }
}
