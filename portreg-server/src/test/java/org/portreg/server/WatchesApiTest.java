package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/v1/watches} with bearer tokens: the secret only in the answer that creates a webhook
 * watch; each user sees and removes only their own; bad queries and URLs are 400 naming the field.
 */
class WatchesApiTest {
  private static WorkflowServer server;

  @BeforeAll
  static void start(@TempDir Path folder) {
    server = WorkflowServer.start(folder);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static JsonNode create(String json, String user, int status) {
    HttpResponse<byte[]> response = server.post("/api/v1/watches", json, user);
    assertThat(response.statusCode()).as(WorkflowServer.text(response)).isEqualTo(status);
    return WorkflowServer.json(response);
  }

  @Test
  void aWebhookWatchShowsItsSecretOnceAndOnlyToItsOwner() {
    JsonNode made =
        create(
            "{\"query\": \"port:8000-8100\", \"webhook\": \"https://hooks.example/x\"}",
            "otto",
            201);
    long id = made.get("id").asLong();
    assertThat(made.get("kind").asText()).isEqualTo("webhook");
    assertThat(made.get("secret").asText()).hasSizeGreaterThan(30);
    assertThat(made.get("active").asBoolean()).isTrue();

    JsonNode list = WorkflowServer.json(server.get("/api/v1/watches", "otto"));
    assertThat(list.get("watches")).anySatisfy(w -> assertThat(w.get("id").asLong()).isEqualTo(id));
    assertThat(list.toString()).doesNotContain(made.get("secret").asText());
    JsonNode detail = WorkflowServer.json(server.get("/api/v1/watches/" + id, "otto"));
    assertThat(detail.get("watch").has("secret")).isFalse();
    assertThat(detail.get("deliveries")).isEmpty();

    assertThat(server.get("/api/v1/watches/" + id, "eve").statusCode()).isEqualTo(404);
    assertThat(server.send("DELETE", "/api/v1/watches/" + id, null, "eve").statusCode())
        .isEqualTo(404);
    assertThat(WorkflowServer.json(server.get("/api/v1/watches", "eve")).get("watches").toString())
        .doesNotContain("port:8000-8100");
    assertThat(server.send("DELETE", "/api/v1/watches/" + id, null, "otto").statusCode())
        .isEqualTo(204);
    assertThat(server.get("/api/v1/watches/" + id, "otto").statusCode()).isEqualTo(404);
  }

  @Test
  void anEmailWatchHasNoSecret() {
    JsonNode made = create("{\"query\": \"ssh\"}", "eve", 201);
    assertThat(made.get("kind").asText()).isEqualTo("email");
    assertThat(made.has("secret")).isFalse();
  }

  @Test
  void badQueriesAndUrlsAreRefusedNamingTheField() {
    assertThat(create("{\"query\": \"\"}", "eve", 400).get("detail").asText()).contains("query");
    assertThat(
            create("{\"query\": \"ssh\", \"webhook\": \"ftp://x.example/\"}", "eve", 400)
                .get("detail")
                .asText())
        .contains("webhook");
    assertThat(
            create("{\"query\": \"ssh\", \"webhook\": \"http://u:p@x.example/\"}", "eve", 400)
                .get("detail")
                .asText())
        .contains("webhook");
  }

  @Test
  void anonymousCallersAreUnauthorized() {
    assertThat(server.get("/api/v1/watches", null).statusCode()).isEqualTo(401);
    assertThat(server.post("/api/v1/watches", "{\"query\": \"ssh\"}", null).statusCode())
        .isEqualTo(401);
  }
}
