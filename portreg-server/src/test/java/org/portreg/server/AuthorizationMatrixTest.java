package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portreg.server.WorkflowServer.freshName;
import static org.portreg.server.WorkflowServer.requestJson;
import static org.portreg.server.WorkflowServer.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.workflow.CommentPeriod;
import org.portreg.workflow.User;

/**
 * Walks every write operation of the OpenAPI document with no credentials and as each kind of user,
 * and checks the document lists every write route the server has, so a new endpoint cannot be
 * forgotten. Who may call an operation is its {@code x-portreg-roles}.
 */
class AuthorizationMatrixTest {
  private static final Set<String> WRITE_METHODS = Set.of("post", "put", "patch", "delete");

  /** The users of WorkflowServer; requests walked here are on tcp, so eve is their expert. */
  private static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "anonymous", Set.of("ann", "otto", "eve", "sam", "ada"),
          "signed-in", Set.of("ann", "otto", "eve", "sam", "ada"),
          "applicant", Set.of("ann", "otto"),
          "expert", Set.of("eve"),
          "admin", Set.of("ada"));

  private static WorkflowServer w;
  private static JsonNode openApi;
  private static long revocation;

  @BeforeAll
  static void start(@TempDir Path folder) {
    w = WorkflowServer.start(folder);
    openApi = w.server.json("/api/v1/openapi.json", 200);
    User ada = w.store.accounts().user("ada").orElseThrow();
    revocation =
        w.store.revocations().propose("nodel", CommentPeriod.standard(), ada, "matrix").id();
  }

  @AfterAll
  static void stop() {
    w.close();
  }

  /** A concrete call of an operation: its path with parameters filled in, and a body. */
  private record Call(String path, Supplier<String> body) {}

  /** One entry per documented write; a write missing here fails the walk. */
  private static Call call(String operationId) {
    return switch (operationId) {
      case "submitRequest" -> new Call("/api/v1/requests", () -> requestJson(freshName()));
      case "validateRequest" ->
          new Call("/api/v1/requests/validate", () -> requestJson(freshName()));
      case "actOnRequest" ->
          new Call(
              "/api/v1/requests/" + w.submit(freshName()) + "/actions",
              () -> "{\"action\": \"APPROVE\", \"reason\": \"fine\"}");
      case "deassignService" ->
          new Call("/api/v1/services/zz-nothing/deassign", () -> "{\"reason\": \"test\"}");
      case "revokeService" ->
          new Call("/api/v1/services/zz-nothing/revoke", () -> "{\"reason\": \"test\"}");
      case "proposeRevocation" ->
          new Call("/api/v1/services/zz-nothing/revocation", () -> "{\"reason\": \"test\"}");
      case "commentOnRevocation" ->
          new Call(
              "/api/v1/revocations/" + revocation + "/comments", () -> "{\"text\": \"matrix\"}");
      case "withdrawRevocation" ->
          new Call("/api/v1/revocations/999999/withdraw", () -> "{\"reason\": \"test\"}");
      case "transferService" ->
          new Call(
              "/api/v1/services/zz-nothing/transfer",
              () ->
                  "{\"assignee\": {\"id\": \"New_One\", \"name\": \"New One\", \"uri\":"
                      + " \"new@example.org\"}, \"contact\": {\"id\": \"New_One\", \"name\":"
                      + " \"New One\", \"uri\": \"new@example.org\"}, \"override\": \"gone\","
                      + " \"reason\": \"test\"}");
      case "modifyService" ->
          new Call(
              "/api/v1/services/zz-nothing/modify",
              () -> "{\"description\": \"New\", \"reason\": \"test\"}");
      case "addUser" ->
          new Call(
              "/api/v1/users",
              () ->
                  "{\"username\": \"u"
                      + freshName().replace("-", "")
                      + "\", \"displayName\": \"U\", \"email\": \"u@example.org\","
                      + " \"roles\": [\"applicant\"]}");
      case "updateUser" -> new Call("/api/v1/users/otto", () -> "{\"active\": true}");
      case "issueToken" -> new Call("/api/v1/tokens", () -> "{\"label\": \"matrix\"}");
      case "createWatch" -> new Call("/api/v1/watches", () -> "{\"query\": \"https\"}");
      case "deleteWatch" -> new Call("/api/v1/watches/999999", () -> "");
      default -> throw new AssertionError("no call for the write " + operationId + ": add one");
    };
  }

  @Test
  void everyWriteAnswers401WithoutCredentials403ForTheWrongRoleAndWorksForTheRightOne() {
    List<String> checked = new ArrayList<>();
    for (JsonNode[] operation : writes()) {
      String method = operation[0].asText().toUpperCase(Locale.ROOT);
      JsonNode op = operation[1];
      String id = op.get("operationId").asText();
      Set<String> allowed = allowed(op);
      boolean anonymousAllowed = roles(op).contains("anonymous");

      Call call = call(id);
      HttpResponse<byte[]> anonymous = w.send(method, call.path(), call.body().get(), null);
      if (anonymousAllowed) {
        assertThat(anonymous.statusCode()).as(id + " anonymous").isNotIn(401, 403);
      } else {
        assertProblem(anonymous, 401, id + " without credentials");
      }
      assertDocumented(op, anonymous, id);
      for (String user : WorkflowServer.USERS) {
        call = call(id);
        HttpResponse<byte[]> response = w.send(method, call.path(), call.body().get(), user);
        if (allowed.contains(user)) {
          assertThat(response.statusCode())
              .as(id + " as " + user + ": " + text(response))
              .isNotIn(401, 403);
        } else {
          assertProblem(response, 403, id + " as " + user);
        }
        assertDocumented(op, response, id + " as " + user);
      }
      checked.add(id);
    }
    assertThat(checked)
        .contains("submitRequest", "actOnRequest", "deassignService", "addUser", "issueToken");
  }

  @Test
  void everySessionWriteWithoutItsCsrfTokenIs403() {
    User ada = w.store.accounts().user("ada").orElseThrow();
    String session = w.store.accounts().openSession(ada, Duration.ofMinutes(5)).id();
    for (JsonNode[] operation : writes()) {
      String id = operation[1].get("operationId").asText();
      Call call = call(id);
      HttpResponse<byte[]> response =
          w.server.send(
              HttpRequest.newBuilder(w.server.uri(call.path()))
                  .header("Content-Type", "application/json")
                  .header("Cookie", "portreg_session=" + session)
                  .method(
                      operation[0].asText().toUpperCase(Locale.ROOT),
                      HttpRequest.BodyPublishers.ofString(call.body().get()))
                  .build());

      assertProblem(response, 403, id + " with a session and no CSRF token");
      assertThat(WorkflowServer.json(response).get("detail").asText())
          .isEqualTo("missing or wrong CSRF token");
    }
  }

  @Test
  void everyWriteRouteOfTheApiIsDocumented() {
    List<String> documented = new ArrayList<>();
    for (JsonNode[] operation : writes()) {
      documented.add(operation[0].asText().toUpperCase(Locale.ROOT) + " " + operation[2].asText());
    }
    List<String> routes =
        w.server.routes().stream()
            .filter(r -> r.contains(" /api/"))
            .filter(r -> WRITE_METHODS.contains(r.split(" ")[0].toLowerCase(Locale.ROOT)))
            .toList();

    assertThat(routes).isNotEmpty();
    assertThat(documented).containsExactlyInAnyOrderElementsOf(routes);
  }

  /** Every write operation: {method, operation, path}. */
  private static List<JsonNode[]> writes() {
    List<JsonNode[]> writes = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").properties().iterator();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().properties().iterator();
      while (methods.hasNext()) {
        Map.Entry<String, JsonNode> method = methods.next();
        if (WRITE_METHODS.contains(method.getKey())) {
          writes.add(
              new JsonNode[] {
                TestServer.JSON.getNodeFactory().textNode(method.getKey()),
                method.getValue(),
                TestServer.JSON.getNodeFactory().textNode(path.getKey())
              });
        }
      }
    }
    return writes;
  }

  private static List<String> roles(JsonNode op) {
    JsonNode roles = op.get("x-portreg-roles");
    assertThat(roles).as(op.get("operationId") + " declares x-portreg-roles").isNotNull();
    List<String> names = new ArrayList<>();
    roles.forEach(r -> names.add(r.asText()));
    return names;
  }

  private static Set<String> allowed(JsonNode op) {
    Set<String> users = new java.util.HashSet<>();
    for (String role : roles(op)) {
      assertThat(ALLOWED).as("known role " + role).containsKey(role);
      users.addAll(ALLOWED.get(role));
    }
    return users;
  }

  private static void assertProblem(HttpResponse<byte[]> response, int status, String what) {
    assertThat(response.statusCode()).as(what + ": " + text(response)).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .as(what)
        .startsWith("application/problem+json");
  }

  private static void assertDocumented(JsonNode op, HttpResponse<byte[]> response, String what) {
    assertThat(op.get("responses").has(String.valueOf(response.statusCode())))
        .as(what + " answered " + response.statusCode() + ", which is documented")
        .isTrue();
  }
}
