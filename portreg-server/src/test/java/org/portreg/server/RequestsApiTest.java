package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portreg.server.WorkflowServer.freshName;
import static org.portreg.server.WorkflowServer.json;
import static org.portreg.server.WorkflowServer.requestJson;
import static org.portreg.server.WorkflowServer.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The requests API over the newest real registry, through a real server. */
class RequestsApiTest {
  private static WorkflowServer w;

  @BeforeAll
  static void start(@TempDir Path folder) {
    w = WorkflowServer.start(folder);
  }

  @AfterAll
  static void stop() {
    w.close();
  }

  @Test
  void submittedApprovedAndAssignedRequestAppearsInTheRegistryAndTheCsv() {
    String name = freshName();
    HttpResponse<byte[]> submitted = w.post("/api/v1/requests", requestJson(name), "ann");
    assertThat(submitted.statusCode()).as(text(submitted)).isEqualTo(201);
    long id = json(submitted).get("id").asLong();
    assertThat(submitted.headers().firstValue("Location")).contains("/api/v1/requests/" + id);
    assertThat(json(submitted).get("state").asText()).isEqualTo("CHECKED");

    JsonNode approved = act(id, "APPROVE", "eve", 200);
    assertThat(approved.get("state").asText()).isEqualTo("APPROVED");
    JsonNode assigned = act(id, "ASSIGN", "ada", 200);
    assertThat(assigned.get("state").asText()).isEqualTo("ASSIGNED");
    assertThat(assigned.get("outcome").asText()).contains(name);

    JsonNode service = w.server.json("/api/v1/services/" + name, 200);
    assertThat(service.toString()).contains("\"" + name + "\"");
    assertThat(w.server.text("/service-names-port-numbers.csv", 200)).contains(name + ",");
    assertThat(events(w.server.json("/api/v1/requests/" + id, 200)))
        .containsExactly("SUBMIT", "CHECK", "START_REVIEW", "APPROVE", "ASSIGN");
  }

  @Test
  void anonymousReadersSeeThePublicStatusOnly() {
    long id = w.submit(freshName());

    JsonNode anonymous = w.server.json("/api/v1/requests/" + id, 200);
    JsonNode other = json(w.get("/api/v1/requests/" + id, "otto"));
    JsonNode expertForAnotherTransport = json(w.get("/api/v1/requests/" + id, "sam"));

    for (JsonNode view : List.of(anonymous, other, expertForAnotherTransport)) {
      assertThat(view.get("view").asText()).isEqualTo("public");
      assertThat(view.get("request").get("serviceName").asText()).startsWith("zz-api-");
      assertThat(view.get("request").has("description")).isTrue();
      assertThat(view.get("request").has("assignee")).isFalse();
      assertThat(view.get("request").has("contact")).isFalse();
      assertThat(view.has("applicant")).isFalse();
      assertThat(view.has("warnings")).isFalse();
      assertThat(view.toString()).doesNotContain("ann@example.org");
      assertThat(events(view)).containsExactly("SUBMIT", "CHECK");
    }
  }

  @Test
  void theApplicantSeesTheFullRequestAndReviewersTheWarningsToo() {
    long id = w.submit(freshName());

    JsonNode own = json(w.get("/api/v1/requests/" + id, "ann"));
    JsonNode expert = json(w.get("/api/v1/requests/" + id, "eve"));

    assertThat(own.get("view").asText()).isEqualTo("full");
    assertThat(own.get("request").get("contact").get("uri").asText()).isEqualTo("ann@example.org");
    assertThat(own.has("warnings")).isFalse();
    assertThat(expert.get("view").asText()).isEqualTo("full");
    assertThat(expert.get("warnings").isArray()).isTrue();
  }

  @Test
  void aBrokenRequestIs422WithEveryViolation() {
    String broken = requestJson("http", "80", "tcp").replace("\"Test service http\"", "\"\"");

    HttpResponse<byte[]> response = w.post("/api/v1/requests", broken, "ann");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    JsonNode problem = json(response);
    assertThat(problem.get("type").asText()).isEqualTo("urn:portreg:problem:invalid-request");
    List<String> fields = new ArrayList<>();
    problem.get("violations").forEach(v -> fields.add(v.get("field").asText()));
    assertThat(fields).contains("serviceName", "port", "description");
    problem.get("violations").forEach(v -> assertThat(v.has("rule")).isTrue());
  }

  @Test
  void malformedJsonIs400NamingTheMember() {
    HttpResponse<byte[]> response = w.post("/api/v1/requests", "{\"servicename\": \"x\"}", "ann");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("detail").asText()).contains("servicename");
  }

  @Test
  void aNameHeldByAnOpenRequestIs409NamingIt() {
    String name = freshName();
    long first = w.submit(name);

    HttpResponse<byte[]> second = w.post("/api/v1/requests", requestJson(name), "otto");

    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(json(second).get("detail").asText()).contains("#" + first);
  }

  @Test
  void validateAnswersTheServersViolationsToAnyone() {
    String broken = requestJson("http", "80", "tcp");

    JsonNode answer = json(w.post("/api/v1/requests/validate", broken, null));
    JsonNode fine = json(w.post("/api/v1/requests/validate", requestJson(freshName()), null));

    assertThat(answer.get("valid").asBoolean()).isFalse();
    assertThat(answer.get("violations").toString()).contains("name-taken", "port-taken");
    assertThat(fine.get("valid").asBoolean()).isTrue();
    assertThat(fine.get("violations")).isEmpty();
  }

  @Test
  void listsOwnRequestsQueuesAndEverythingByRole() {
    long ann = w.submit(freshName());

    assertThat(ids("ann", "")).contains(ann);
    assertThat(ids("otto", "")).doesNotContain(ann);
    assertThat(ids("eve", "")).contains(ann);
    assertThat(ids("sam", "")).doesNotContain(ann);
    assertThat(ids("ada", "")).contains(ann);
    assertThat(ids("ada", "?state=assigned")).doesNotContain(ann);
    assertThat(w.get("/api/v1/requests", null).statusCode()).isEqualTo(401);
    assertThat(w.get("/api/v1/requests?state=bogus", "ada").statusCode()).isEqualTo(400);
  }

  @Test
  void actionsAnswer403ForTheWrongPerson409ForTheWrongStateAnd422WithoutReason() {
    long id = w.submit(freshName());

    assertThat(post(id, "APPROVE", "sam", "ok").statusCode()).isEqualTo(403);
    assertThat(post(id, "WITHDRAW", "otto", "ok").statusCode()).isEqualTo(403);
    assertThat(post(id, "ASSIGN", "ada", "too early").statusCode()).isEqualTo(409);
    assertThat(post(id, "APPROVE", "eve", " ").statusCode()).isEqualTo(422);
    assertThat(post(id, "FLY", "eve", "ok").statusCode()).isEqualTo(400);
    assertThat(post(999_999, "APPROVE", "eve", "ok").statusCode()).isEqualTo(404);
    assertThat(act(id, "WITHDRAW", "ann", 200).get("state").asText()).isEqualTo("WITHDRAWN");
  }

  @Test
  void adminsManageUsersAndAnyoneSignedInIssuesTokens() {
    HttpResponse<byte[]> added =
        w.post(
            "/api/v1/users",
            """
            {"username": "zed", "displayName": "Zed", "email": "zed@example.org",
             "password": "a long enough secret", "roles": ["expert"], "expertFor": ["sctp"]}
            """,
            "ada");
    assertThat(added.statusCode()).as(text(added)).isEqualTo(201);
    assertThat(json(added).get("expertFor").toString()).isEqualTo("[\"sctp\"]");

    HttpResponse<byte[]> patched =
        w.send("PATCH", "/api/v1/users/zed", "{\"active\": false}", "ada");
    assertThat(json(patched).get("active").asBoolean()).isFalse();
    assertThat(json(patched).get("roles").toString()).isEqualTo("[\"expert\"]");
    assertThat(json(patched).get("notify").asText()).isEqualTo("all");
    HttpResponse<byte[]> quiet =
        w.send("PATCH", "/api/v1/users/zed", "{\"notify\": \"decisions\"}", "ada");
    assertThat(json(quiet).get("notify").asText()).isEqualTo("decisions");
    assertThat(json(quiet).get("active").asBoolean()).isFalse();
    assertThat(w.send("PATCH", "/api/v1/users/zed", "{\"notify\": \"some\"}", "ada").statusCode())
        .isEqualTo(400);

    HttpResponse<byte[]> token = w.post("/api/v1/tokens", "{\"label\": \"ci\"}", "otto");
    assertThat(token.statusCode()).isEqualTo(201);
    String secret = json(token).get("secret").asText();
    assertThat(secret).startsWith("prt_");
    HttpResponse<byte[]> withNewToken =
        w.server.get("/api/v1/requests", "Authorization", "Bearer " + secret);
    assertThat(withNewToken.statusCode()).isEqualTo(200);
    assertThat(json(w.get("/api/v1/audit?limit=50", "ada")).get("entries").toString())
        .contains("user/zed");
  }

  @Test
  void adminModifiesAnAssignedServiceAndDeassignsIt() {
    String name = freshName();
    long id = w.submit(name);
    act(id, "APPROVE", "eve", 200);
    act(id, "ASSIGN", "ada", 200);

    HttpResponse<byte[]> modified =
        w.post(
            "/api/v1/services/" + name + "/modify",
            "{\"description\": \"Renamed service\", \"reason\": \"assignee asked\"}",
            "ada");
    assertThat(modified.statusCode()).as(text(modified)).isEqualTo(200);
    assertThat(json(modified).get("after").toString()).contains("Renamed service");

    HttpResponse<byte[]> deassigned =
        w.post("/api/v1/services/" + name + "/deassign", "{\"reason\": \"done\"}", "ada");
    assertThat(deassigned.statusCode()).as(text(deassigned)).isEqualTo(200);
    assertThat(json(deassigned).get("action").asText()).isEqualTo("DEASSIGN");
  }

  @Test
  void anAdministratorsBlankValuesAre400NotInternalErrors() {
    String name = freshName();
    long id = w.submit(name);
    act(id, "APPROVE", "eve", 200);
    act(id, "ASSIGN", "ada", 200);

    HttpResponse<byte[]> blankDescription =
        w.post(
            "/api/v1/services/" + name + "/modify",
            "{\"description\": \"  \", \"reason\": \"r\"}",
            "ada");
    assertThat(blankDescription.statusCode()).as(text(blankDescription)).isEqualTo(400);
    assertThat(json(blankDescription).get("detail").asText()).contains("blank");

    String bob =
        "{\"id\": \"Bob_Example\", \"name\": \"Bob Example\", \"uri\": \"bob@example.org\"}";
    HttpResponse<byte[]> blankOverride =
        w.post(
            "/api/v1/services/" + name + "/transfer",
            "{\"assignee\": "
                + bob
                + ", \"contact\": "
                + bob
                + ", \"override\": \" \", \"reason\": \"r\"}",
            "ada");
    assertThat(blankOverride.statusCode()).as(text(blankOverride)).isEqualTo(400);
    assertThat(json(blankOverride).get("detail").asText()).contains("written reason");
  }

  @Test
  void workflowReadsAnswerWithTheDocumentedStatusAndRequiredProperties() {
    long id = w.submit(freshName());
    long watch =
        json(w.post(
                "/api/v1/watches",
                "{\"query\": \"https\", \"webhook\": \"https://hooks.example/r\"}",
                "ada"))
            .get("id")
            .asLong();
    long revocation =
        json(w.post("/api/v1/services/udpstp/revocation", "{\"reason\": \"reads\"}", "ada"))
            .get("id")
            .asLong();
    JsonNode openApi = w.server.json("/api/v1/openapi.json", 200);
    List<String> checked = new ArrayList<>();
    openApi
        .get("paths")
        .properties()
        .forEach(
            path -> {
              JsonNode get = path.getValue().get("get");
              if (get == null || !get.path("tags").toString().contains("\"workflow\"")) {
                return;
              }
              long of =
                  path.getKey().contains("watches")
                      ? watch
                      : path.getKey().contains("revocations") ? revocation : id;
              String concrete = path.getKey().replace("{id}", String.valueOf(of));
              HttpResponse<byte[]> response = w.get(concrete, "ada");
              assertThat(response.statusCode()).as(concrete + ": " + text(response)).isEqualTo(200);
              String ref = get.at("/responses/200/content/application~1json/schema/$ref").asText();
              JsonNode schema = openApi.at(ref.substring(1));
              for (JsonNode required : schema.path("required")) {
                assertThat(json(response).has(required.asText()))
                    .as(concrete + " has " + required.asText())
                    .isTrue();
              }
              checked.add(path.getKey());
            });
    assertThat(checked)
        .contains(
            "/api/v1/requests",
            "/api/v1/requests/{id}",
            "/api/v1/users",
            "/api/v1/audit",
            "/api/v1/revocations/{id}");
  }

  @Test
  void aServerWithoutAStoreAnswers501ForTheWorkflow() {
    try (TestServer files =
        new TestServer(InMemoryRegistrySource.of(List.of(TestRegistries.plain("2025-01-01", 1))))) {
      HttpResponse<byte[]> show = files.get("/api/v1/requests/1");
      HttpResponse<byte[]> validate =
          files.send(
              java.net.http.HttpRequest.newBuilder(files.uri("/api/v1/requests/validate"))
                  .POST(java.net.http.HttpRequest.BodyPublishers.ofString(requestJson("x")))
                  .build());
      HttpResponse<byte[]> token =
          files.get("/api/v1/requests", "Authorization", "Bearer prt_anything");

      assertThat(show.statusCode()).isEqualTo(501);
      assertThat(json(show).get("detail").asText()).contains("need a store");
      assertThat(validate.statusCode()).isEqualTo(501);
      assertThat(token.statusCode()).isEqualTo(401);
      assertThat(files.get("/login").statusCode()).isEqualTo(501);
    }
  }

  private static HttpResponse<byte[]> post(long id, String action, String user, String reason) {
    return w.post(
        "/api/v1/requests/" + id + "/actions",
        "{\"action\": \"" + action + "\", \"reason\": \"" + reason + "\"}",
        user);
  }

  private static JsonNode act(long id, String action, String user, int status) {
    HttpResponse<byte[]> response = post(id, action, user, "because");
    assertThat(response.statusCode()).as(action + ": " + text(response)).isEqualTo(status);
    return json(response);
  }

  private static List<Long> ids(String user, String query) {
    List<Long> ids = new ArrayList<>();
    json(w.get("/api/v1/requests" + query, user))
        .get("requests")
        .forEach(r -> ids.add(r.get("id").asLong()));
    return ids;
  }

  private static List<String> events(JsonNode request) {
    List<String> actions = new ArrayList<>();
    request.get("events").forEach(e -> actions.add(e.get("action").asText()));
    return actions;
  }
}
