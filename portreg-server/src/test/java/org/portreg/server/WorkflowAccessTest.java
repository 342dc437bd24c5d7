package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.portreg.server.auth.Authentication;
import org.portreg.store.WebSession;
import org.portreg.workflow.RequestState;
import org.portreg.workflow.Role;
import org.portreg.workflow.User;

/**
 * Who may open the workflow pages and send their forms: sign-in redirects, 401 without a session,
 * 403 to every wrong role, 403 without the session's CSRF token.
 */
class WorkflowAccessTest extends WorkflowPageTestBase {
  @Test
  void pagesForARoleAnswer403ToOtherRolesAndSendAnonymousReadersToSignIn() {
    assertThat(status(fixture.alice(), "/admin")).isEqualTo(403);
    assertThat(status(fixture.alice(), "/review")).isEqualTo(403);
    assertThat(status(fixture.erin(), "/requests/new")).isEqualTo(403);
    assertThat(status(fixture.erin(), "/admin")).isEqualTo(403);
    assertThat(page(fixture.alice(), "/admin", 403)).contains("<h1>403");

    HttpResponse<byte[]> anonymous = server.get("/admin");
    assertThat(anonymous.statusCode()).isEqualTo(303);
    assertThat(anonymous.headers().firstValue("Location")).hasValue("/login?next=%2Fadmin");
    assertThat(server.get("/requests/mine").headers().firstValue("Location"))
        .hasValue("/login?next=%2Frequests%2Fmine");
  }

  @Test
  void everyFormAnswers401WithoutSigningInAnd403ToTheWrongRole() {
    long id = fixture.submitAsAlice(WorkflowFixture.request(freshName()).build()).id();
    String act = "/requests/" + id + "/act";
    Map<String, List<User>> wrongRoles = new LinkedHashMap<>();
    wrongRoles.put("/requests", List.of(fixture.erin(), fixture.adam()));
    wrongRoles.put(act, List.of(fixture.alice(), fixture.adam()));
    // Any signed-in user may comment: only anonymous writers are refused.
    wrongRoles.put("/revocations/1/comments", List.of());
    for (String admin :
        List.of(
            "/admin/deassign",
            "/revocations",
            "/revocations/1/revoke",
            "/revocations/1/withdraw",
            "/admin/transfer",
            "/admin/modify",
            "/admin/users",
            "/admin/users/bob")) {
      wrongRoles.put(admin, List.of(fixture.alice(), fixture.bob(), fixture.erin()));
    }
    List<String> form = List.of("action", "APPROVE", "reason", "matrix", "service", "zz-none");

    for (Map.Entry<String, List<User>> entry : wrongRoles.entrySet()) {
      HttpResponse<byte[]> anonymous = postAnonymously(entry.getKey(), "application/json");
      assertThat(anonymous.statusCode()).as("anonymous %s", entry.getKey()).isEqualTo(401);
      assertThat(anonymous.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(postAnonymously(entry.getKey(), "text/html").statusCode()).isEqualTo(401);
      for (User user : entry.getValue()) {
        assertThat(post(session(user), entry.getKey(), form).statusCode())
            .as("%s by %s", entry.getKey(), user.username())
            .isEqualTo(403);
      }
    }
    assertThat(fixture.store().registrar().request(id).orElseThrow().state())
        .isEqualTo(RequestState.CHECKED);
    assertThat(fixture.store().accounts().user("bob").orElseThrow().roles())
        .containsExactly(Role.APPLICANT);
  }

  @Test
  void aFormWithoutTheSessionsCsrfTokenIsRefused() {
    WebSession adam = session(fixture.adam());
    HttpResponse<byte[]> response =
        server.send(
            HttpRequest.newBuilder(server.uri("/admin/users/bob"))
                .header("Cookie", Authentication.SESSION_COOKIE + "=" + adam.id())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("roles=admin&active=on"))
                .build());

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(fixture.store().accounts().user("bob").orElseThrow().roles())
        .containsExactly(Role.APPLICANT);
  }
}
