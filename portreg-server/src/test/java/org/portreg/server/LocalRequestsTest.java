package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.local.LiveRange;
import org.portreg.local.Policy;
import org.portreg.local.Preset;
import org.portreg.server.auth.Authentication;
import org.portreg.server.spi.RateLimit;
import org.portreg.store.WebSession;
import org.portreg.workflow.Role;

/**
 * Local requests over HTTP (docs/local.md, "Through the review workflow") on the newest real
 * registry with the Kubernetes NodePort preset as the server's policy: the API, the request form in
 * local mode, the request page with the check for its reviewers, and the local experts' queue.
 */
class LocalRequestsTest {
  private static WorkflowServer server;
  private static int next = 31000;

  @BeforeAll
  static void start(@TempDir Path folder) {
    RateLimit generous = new RateLimit(100_000, 10_000);
    server =
        WorkflowServer.start(
            folder,
            ServerOptions.defaults()
                .withRateLimits(generous, generous)
                .withPolicy(Policy.of(List.of(Preset.KUBERNETES_NODEPORT), LiveRange.system())));
    server.addUser("lou", Set.of(Role.LOCAL_EXPERT), Set.of());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static synchronized int port() {
    return next++;
  }

  private static String entry(String name, int port) {
    return """
        {"target": "local", "name": "%s", "ports": %d, "transports": ["tcp"], "owner": "shop",
         "contact": "shop@example.org", "scope": "cluster", "notes": "behind the gateway"}
        """
        .formatted(name, port);
  }

  private static JsonNode submitted(String body) {
    HttpResponse<byte[]> response = server.post("/api/v1/requests", body, "ann");
    assertThat(response.statusCode()).as(WorkflowServer.text(response)).isEqualTo(201);
    return WorkflowServer.json(response);
  }

  private static JsonNode act(long id, String action, String user, int status) {
    HttpResponse<byte[]> response =
        server.post(
            "/api/v1/requests/" + id + "/actions",
            "{\"action\": \"" + action + "\", \"reason\": \"checked\"}",
            user);
    assertThat(response.statusCode()).as(WorkflowServer.text(response)).isEqualTo(status);
    return WorkflowServer.json(response);
  }

  @Test
  void ordersOnANodePortGoesThroughTheLocalExpertIntoTheLocalRegistry() {
    JsonNode made = submitted(entry("orders", 31000));
    long id = made.get("id").asLong();

    assertThat(made.get("target").asText()).isEqualTo("local");
    assertThat(made.get("state").asText()).isEqualTo("CHECKED");
    assertThat(made.at("/request/name").asText()).isEqualTo("orders");
    assertThat(made.at("/check/result").asText()).isEqualTo("conflict");
    assertThat(made.at("/check/verdicts/0/findings/0/kind").asText()).isEqualTo("policy");
    assertThat(made.at("/check/verdicts/0/findings/0/message").asText())
        .contains("Kubernetes NodePort");

    JsonNode anonymous = WorkflowServer.json(server.get("/api/v1/requests/" + id, null));
    assertThat(anonymous.get("view").asText()).isEqualTo("public");
    assertThat(anonymous.get("request").has("contact")).isFalse();
    assertThat(anonymous.get("request").has("notes")).isFalse();
    assertThat(anonymous.has("check")).isFalse();
    assertThat(ids(server.get("/api/v1/requests", "eve"))).doesNotContain(id);
    assertThat(ids(server.get("/api/v1/requests", "lou"))).contains(id);

    assertThat(act(id, "APPROVE", "eve", 403).get("detail").asText())
        .contains("needs the role local-expert");
    assertThat(act(id, "APPROVE", "lou", 200).get("state").asText()).isEqualTo("APPROVED");
    JsonNode assigned = act(id, "ASSIGN", "ada", 200);

    assertThat(assigned.get("state").asText()).isEqualTo("ASSIGNED");
    assertThat(assigned.get("outcome").asText()).startsWith("LOCAL_ADD 'orders' 31000/tcp");
    assertThat(server.server.text("/local/orders", 200)).contains("31000/tcp", "shop");
    JsonNode check = server.server.json("/api/v1/check?name=orders", 200);
    assertThat(check.toString()).contains("held by local assignment orders");
  }

  @Test
  void billingApiOnHttpAltIsFlaggedAsIanaAssigned() {
    JsonNode made = submitted(entry("billing-api", 8080));

    assertThat(made.at("/check/verdicts/0/findings/0/kind").asText()).isEqualTo("iana-assigned");
    assertThat(made.at("/check/verdicts/0/findings/0/key").asText())
        .isEqualTo("iana:http-alt:8080/tcp");
    String page = page("lou", "/requests/" + made.get("id").asLong(), 200);
    assertThat(page)
        .contains("<span class=\"badge local\">local</span>", "id=\"check\"")
        .contains("IANA-assigned to http-alt");
    assertThat(page(null, "/requests/" + made.get("id").asLong(), 200))
        .doesNotContain("id=\"check\"")
        .doesNotContain("behind the gateway");
  }

  @Test
  void anOpenLocalRequestHoldsItsNameAndPort() {
    int port = port() + 100;
    long first = submitted(entry("ledger-a", port)).get("id").asLong();

    HttpResponse<byte[]> again = server.post("/api/v1/requests", entry("ledger-b", port), "otto");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(WorkflowServer.json(again).get("detail").asText())
        .contains("already requested by request #" + first);
  }

  @Test
  void badLocalBodiesAreNamedProblems() {
    HttpResponse<byte[]> nowhere =
        server.post("/api/v1/requests", "{\"target\": \"nowhere\", \"name\": \"x\"}", "ann");
    assertThat(nowhere.statusCode()).isEqualTo(400);
    assertThat(WorkflowServer.json(nowhere).get("detail").asText())
        .contains("'target' must be \"iana\" or \"local\"");
    HttpResponse<byte[]> unknown =
        server.post(
            "/api/v1/requests",
            "{\"target\": \"local\", \"name\": \"x1\", \"owner\": \"o\", \"port\": 1}",
            "ann");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(WorkflowServer.json(unknown).get("detail").asText())
        .contains("request body:1:", "unknown key 'port'");
    HttpResponse<byte[]> valid =
        server.post("/api/v1/requests/validate", entry("fine-one", 7400), null);
    assertThat(WorkflowServer.json(valid).get("valid").asBoolean()).isTrue();
    HttpResponse<byte[]> iana =
        server.post(
            "/api/v1/requests",
            WorkflowServer.requestJson(WorkflowServer.freshName())
                .replace("{\"serviceName\"", "{\"target\": \"iana\", \"serviceName\""),
            "ann");
    assertThat(iana.statusCode()).as(WorkflowServer.text(iana)).isEqualTo(201);
    assertThat(WorkflowServer.json(iana).get("target").asText()).isEqualTo("iana");
  }

  @Test
  void theFormInLocalModeSubmitsAndShowsWhatIsWrongNextToItsField() {
    String form = page("ann", "/requests/new?target=local", 200);
    assertThat(form).contains("id=\"local-request-form\"", "name=\"target\" value=\"local\"");

    HttpResponse<byte[]> bad =
        postForm("ann", List.of("target", "local", "name", "-bad-", "ports", "70000"));
    String shown = new String(bad.body(), StandardCharsets.UTF_8);
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(shown)
        .contains("id=\"e-name\"", "id=\"e-ports\"", "owner is required")
        .contains("value=\"-bad-\"");

    int port = port() + 200;
    HttpResponse<byte[]> sent =
        postForm(
            "ann",
            List.of(
                "target",
                "local",
                "name",
                "metrics-x",
                "ports",
                port + "-" + (port + 9),
                "transports",
                "tcp",
                "transports",
                "udp",
                "owner",
                "platform",
                "scope",
                "host",
                "tags",
                "prod, staging",
                "expires",
                "2027-12-31"));
    assertThat(sent.statusCode()).isEqualTo(303);
    String location = sent.headers().firstValue("Location").orElseThrow();
    assertThat(page("lou", "/review", 200)).contains("metrics-x", "badge local");
    assertThat(page("eve", "/review", 200)).doesNotContain("metrics-x");
    assertThat(page("lou", location, 200))
        .contains("Local registry", port + "-" + (port + 9), "prod, staging", "2027-12-31")
        .contains("Check for the reviewer");
  }

  @Test
  void anAdministratorMakesALocalExpertThroughTheApi() {
    HttpResponse<byte[]> patched =
        server.send(
            "PATCH", "/api/v1/users/otto", "{\"roles\": [\"applicant\", \"local-expert\"]}", "ada");

    assertThat(patched.statusCode()).as(WorkflowServer.text(patched)).isEqualTo(200);
    assertThat(WorkflowServer.json(patched).get("roles").toString())
        .isEqualTo("[\"applicant\",\"local-expert\"]");
  }

  private static List<Long> ids(HttpResponse<byte[]> response) {
    return WorkflowServer.json(response).get("requests").findValues("id").stream()
        .map(JsonNode::asLong)
        .toList();
  }

  private static WebSession session(String user) {
    return server
        .store
        .accounts()
        .openSession(server.store.accounts().user(user).orElseThrow(), Duration.ofHours(1));
  }

  /** A page as {@code user} signed in with a web session ({@code null}: anonymous). */
  private static String page(String user, String path, int status) {
    HttpResponse<byte[]> response =
        user == null
            ? server.get(path, null)
            : server.server.get(
                path, "Cookie", Authentication.SESSION_COOKIE + "=" + session(user).id());
    String body = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(response.statusCode()).as(body).isEqualTo(status);
    return body;
  }

  private static HttpResponse<byte[]> postForm(String user, List<String> pairs) {
    WebSession session = session(user);
    StringBuilder body = new StringBuilder("_csrf=" + session.csrfToken());
    for (int i = 0; i < pairs.size(); i += 2) {
      body.append('&')
          .append(pairs.get(i))
          .append('=')
          .append(URLEncoder.encode(pairs.get(i + 1), StandardCharsets.UTF_8));
    }
    return server.server.send(
        HttpRequest.newBuilder(server.server.uri("/requests"))
            .header("Cookie", Authentication.SESSION_COOKIE + "=" + session.id())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build());
  }
}
