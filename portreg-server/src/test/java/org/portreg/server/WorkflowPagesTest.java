package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.store.StoredRequest;
import org.portreg.store.User;
import org.portreg.store.WebSession;
import org.portreg.workflow.RequestAction;
import org.portreg.workflow.RequestState;
import org.portreg.workflow.Role;

/**
 * The workflow pages over a real store holding the newest registry, driven through HTTP with web
 * sessions opened in the store: who sees what, who may do what, and forms that change the store.
 */
class WorkflowPagesTest {
  private static final AtomicInteger NAMES = new AtomicInteger();

  @TempDir static Path folder;
  private static WorkflowFixture fixture;
  private static TestServer server;

  @BeforeAll
  static void start() {
    fixture = WorkflowFixture.open(folder);
    server = new TestServer(fixture.start());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (fixture != null) {
      fixture.close();
    }
  }

  private static String freshName() {
    return "zz-web-" + NAMES.incrementAndGet();
  }

  @Test
  void statusPageShowsAnonymousReadersNoContactData() {
    StoredRequest stored = fixture.submitAsAlice(WorkflowFixture.request(freshName()).build());

    String anonymous = server.text("/requests/" + stored.id(), 200);
    String otherApplicant = page(fixture.bob(), "/requests/" + stored.id(), 200);

    for (String page : List.of(anonymous, otherApplicant)) {
      assertThat(page)
          .contains(stored.request().serviceName())
          .contains("Checked")
          .contains("any User port")
          .doesNotContain("alice.contact@example.org")
          .doesNotContain("Alice_Example")
          .doesNotContain("name=\"action\"");
    }
    assertThat(anonymous).contains("Submit").contains("by alice");
  }

  @Test
  void statusPageShowsTheApplicantTheirContactDataAndWithdraw() {
    StoredRequest stored = fixture.submitAsAlice(WorkflowFixture.request(freshName()).build());

    String page = page(fixture.alice(), "/requests/" + stored.id(), 200);

    assertThat(page)
        .contains("alice.contact@example.org")
        .contains("value=\"WITHDRAW\"")
        .doesNotContain("value=\"APPROVE\"");
  }

  @Test
  void expertSeesWarningsAndTheDecisionFormAndTheQueue() {
    // One letter from "http": the similar-name warning is certain.
    StoredRequest stored =
        fixture.submitAsAlice(
            WorkflowFixture.request("zz-httpx" + NAMES.incrementAndGet()).build());
    List<String> warnings =
        fixture.store().registrar().warnings(stored.request()).stream()
            .map(w -> w.message())
            .toList();

    String status = page(fixture.erin(), "/requests/" + stored.id(), 200);
    String queue = page(fixture.erin(), "/review", 200);

    assertThat(status)
        .contains("value=\"APPROVE\"")
        .contains("value=\"REJECT\"")
        .contains("value=\"ASK_INFORMATION\"")
        .contains("alice.contact@example.org");
    assertThat(warnings).isNotEmpty();
    String quotesPlain = status.replace("&#39;", "'").replace("&apos;", "'").replace("&#34;", "\"");
    for (String w : warnings) {
      assertThat(quotesPlain).contains(escape(w));
    }
    assertThat(queue)
        .contains("href=\"/requests/" + stored.id() + "\"")
        .contains(stored.request().serviceName());
  }

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
    for (String admin :
        List.of(
            "/admin/deassign",
            "/admin/revoke",
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

  @Test
  void escapesADescriptionWithMarkup() {
    StoredRequest stored =
        fixture.submitAsAlice(
            WorkflowFixture.request(freshName())
                .description("<script>alert(1)</script> & <b>bold</b>")
                .build());

    String page = server.text("/requests/" + stored.id(), 200);

    assertThat(page)
        .doesNotContain("<script>alert")
        .doesNotContain("<b>bold")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;");
  }

  @Test
  void submittingTheFormRedirectsToTheStatusPageWithAFlashMessage() {
    String name = freshName();
    WebSession session = session(fixture.alice());

    HttpResponse<byte[]> sent = post(session, "/requests", validForm(name));

    assertThat(sent.statusCode()).isEqualTo(303);
    String location = sent.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches("/requests/[0-9]+");
    String flash =
        sent.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith(Flash.COOKIE + "="))
            .findFirst()
            .orElseThrow();
    String page = text(get(session, location, flash.substring(0, flash.indexOf(';'))), 200);
    assertThat(page).contains("id=\"flash\"").contains("submitted").contains(name);
    StoredRequest stored = fixture.store().registrar().requestsOf("alice").get(0);
    assertThat(stored.request().serviceName()).isEqualTo(name);
    assertThat(stored.request().contact().orElseThrow().uri()).isEqualTo("alice@example.org");
    assertThat(stored.state()).isEqualTo(RequestState.CHECKED);
  }

  @Test
  void anInvalidFormComesBackWithTheServersMessagesAndTheInputKept() {
    WebSession session = session(fixture.alice());
    List<String> form = new ArrayList<>(validForm("-bad-"));

    HttpResponse<byte[]> sent = post(session, "/requests", form);

    String page = text(sent, 422);
    assertThat(page).contains("value=\"-bad-\"").contains("aria-invalid=\"true\"");
    assertThat(page).contains("id=\"e-serviceName\"");
    String errors = page.substring(page.indexOf("id=\"e-serviceName\""));
    assertThat(errors.substring(0, errors.indexOf("</div>"))).contains("<p>");
    assertThat(fixture.store().registrar().requestsOf("alice"))
        .noneMatch(r -> r.request().serviceName().equals("-bad-"));
  }

  @Test
  void aNameHeldByAnOpenRequestIsRefusedWithTheConflict() {
    String name = freshName();
    fixture.submitAsAlice(WorkflowFixture.request(name).build());

    HttpResponse<byte[]> sent = post(session(fixture.bob()), "/requests", validForm(name));

    assertThat(text(sent, 409))
        .contains("form-errors")
        .contains(name)
        .contains("value=\"" + name + "\"");
  }

  @Test
  void expertApprovesAndAdministratorAssignsThroughTheForms() {
    String name = freshName();
    StoredRequest stored = fixture.submitAsAlice(WorkflowFixture.request(name).build());
    String act = "/requests/" + stored.id() + "/act";

    HttpResponse<byte[]> approved =
        post(session(fixture.erin()), act, List.of("action", "APPROVE", "reason", "fine by me"));
    HttpResponse<byte[]> assigned =
        post(
            session(fixture.adam()),
            act,
            List.of("action", "ASSIGN", "reason", "as approved", "next", "/admin"));

    assertThat(approved.headers().firstValue("Location")).hasValue("/requests/" + stored.id());
    assertThat(assigned.statusCode()).isEqualTo(303);
    assertThat(assigned.headers().firstValue("Location")).hasValue("/admin");
    StoredRequest after = fixture.store().registrar().request(stored.id()).orElseThrow();
    assertThat(after.state()).isEqualTo(RequestState.ASSIGNED);
    assertThat(server.text("/?search=" + name, 200)).contains(name).contains("Alice_Example");
    assertThat(server.text("/requests/" + stored.id(), 200))
        .contains("fine by me")
        .contains("as approved")
        .contains("Assigned");
  }

  @Test
  void aRefusedActionLeavesTheStateAndSaysWhy() {
    StoredRequest stored = fixture.submitAsAlice(WorkflowFixture.request(freshName()).build());
    WebSession erin = session(fixture.erin());

    HttpResponse<byte[]> blank =
        post(
            erin, "/requests/" + stored.id() + "/act", List.of("action", "APPROVE", "reason", " "));
    HttpResponse<byte[]> wrongRole =
        post(
            session(fixture.alice()),
            "/requests/" + stored.id() + "/act",
            List.of("action", "APPROVE", "reason", "me"));

    assertThat(blank.statusCode()).isEqualTo(303);
    assertThat(flashOf(blank)).contains("Approve failed");
    assertThat(wrongRole.statusCode()).isEqualTo(403);
    assertThat(fixture.store().registrar().request(stored.id()).orElseThrow().state())
        .isEqualTo(RequestState.CHECKED);
  }

  @Test
  void administratorAddsAUserAndChangesTheirRoles() {
    WebSession adam = session(fixture.adam());

    HttpResponse<byte[]> added =
        post(
            adam,
            "/admin/users",
            List.of(
                "username",
                "carol",
                "displayName",
                "Carol",
                "email",
                "carol@people.example",
                "password",
                "long-enough-password",
                "roles",
                "applicant"));
    HttpResponse<byte[]> updated =
        post(
            adam,
            "/admin/users/carol",
            List.of("roles", "expert", "expertFor", "sctp", "active", "on"));

    assertThat(added.headers().firstValue("Location")).hasValue("/admin");
    assertThat(updated.statusCode()).isEqualTo(303);
    User carol = fixture.store().accounts().user("carol").orElseThrow();
    assertThat(carol.roles()).containsExactly(Role.EXPERT);
    assertThat(carol.expertFor()).extracting(t -> t.token()).containsExactly("sctp");
    String admin = page(fixture.adam(), "/admin", 200);
    assertThat(admin).contains("id=\"user-carol\"").contains("USER_ADD");
  }

  @Test
  void administratorSeesApprovedRequestsWithTheAssignButton() {
    StoredRequest stored = fixture.submitAsAlice(WorkflowFixture.request(freshName()).build());
    fixture.store().registrar().act(stored.id(), RequestAction.APPROVE, fixture.erin(), "ok");

    String admin = page(fixture.adam(), "/admin", 200);

    String row = admin.substring(admin.indexOf("href=\"/requests/" + stored.id() + "\""));
    assertThat(row.substring(0, row.indexOf("</tr>")))
        .contains("value=\"ASSIGN\"")
        .contains("Approved");
  }

  @Test
  void applicationFormCarriesTheSessionsTokenAndTheLiveValidationScript() {
    WebSession session = session(fixture.alice());

    String form = text(get(session, "/requests/new", null), 200);

    assertThat(form)
        .contains("<script src=\"/assets/request-form.js\" defer></script>")
        .contains("name=\"_csrf\" value=\"" + session.csrfToken() + "\"")
        .contains("data-validate=\"/api/v1/requests/validate\"")
        .contains("<label for=\"f-serviceName\">")
        .contains("aria-describedby=\"h-f-serviceName e-serviceName\"");
    assertThat(server.text("/assets/request-form.js", 200)).contains("X-CSRF-Token");
  }

  @Test
  void aPortThatIsNoNumberIsSaidNextToThePort() {
    List<String> form = new ArrayList<>(validForm(freshName()));
    form.set(form.indexOf("any-user"), "number");
    form.addAll(List.of("portNumber", "80000"));

    String page = text(post(session(fixture.alice()), "/requests", form), 422);

    String errors = page.substring(page.indexOf("id=\"e-port\""));
    assertThat(errors.substring(0, errors.indexOf("</div>")))
        .contains("port must be a number in 0..65535, was ")
        .contains("80000");
    assertThat(page).contains("value=\"80000\"");
  }

  @Test
  void myRequestsListsTheApplicantsOwnRequestsWithTheirState() {
    StoredRequest mine = fixture.submitAsAlice(WorkflowFixture.request(freshName()).build());
    StoredRequest theirs =
        fixture
            .store()
            .registrar()
            .submit(WorkflowFixture.request(freshName()).build(), fixture.bob());

    String page = page(fixture.alice(), "/requests/mine", 200);

    assertThat(page)
        .contains("href=\"/requests/" + mine.id() + "\"")
        .contains("badge state-checked")
        .doesNotContain(theirs.request().serviceName());
  }

  @Test
  void administratorModifiesTransfersAndDeassignsAServiceThroughTheForms() {
    String name = freshName();
    StoredRequest stored = fixture.submitAsAlice(WorkflowFixture.request(name).build());
    fixture.store().registrar().act(stored.id(), RequestAction.APPROVE, fixture.erin(), "ok");
    fixture.store().registrar().act(stored.id(), RequestAction.ASSIGN, fixture.adam(), "ok");
    WebSession adam = session(fixture.adam());

    HttpResponse<byte[]> modified =
        post(
            adam,
            "/admin/modify",
            List.of("service", name, "description", "Renamed <thing>", "reason", "asked"));
    HttpResponse<byte[]> early =
        post(
            adam,
            "/admin/revoke",
            List.of("service", name, "commentPeriodEnd", "2999-01-01", "reason", "r"));
    HttpResponse<byte[]> transferred =
        post(
            adam,
            "/admin/transfer",
            List.of(
                "service",
                name,
                "assignee.id",
                "Bob_Example",
                "assignee.name",
                "Bob Example",
                "assignee.uri",
                "bob@example.org",
                "authority",
                "override",
                "override",
                "Alice cannot be reached",
                "reason",
                "handover"));
    HttpResponse<byte[]> deassigned =
        post(
            adam, "/admin/deassign", List.of("service", name, "transport", "", "reason", "unused"));

    assertThat(flashOf(modified)).startsWith("Modify done");
    assertThat(flashOf(early)).startsWith("Revoke failed");
    assertThat(flashOf(transferred)).startsWith("Transfer done");
    assertThat(flashOf(deassigned)).startsWith("De-assign done");
    assertThat(deassigned.headers().firstValue("Location")).hasValue("/admin");
    String audit = page(fixture.adam(), "/admin", 200);
    assertThat(audit).contains("service/" + name);
  }

  @Test
  void registryPageShowsEachReaderTheirOwnNavigationNeverAnotherOnesFromTheCache() {
    server.text("/?search=zz-nav", 200);
    WebSession erin = session(fixture.erin());

    String signedIn = text(get(erin, "/?search=zz-nav", null), 200);
    String anonymous = server.text("/?search=zz-nav", 200);

    assertThat(signedIn)
        .contains("id=\"signed-in-user\">erin<")
        .contains("href=\"/review\"")
        .contains(erin.csrfToken())
        .doesNotContain("href=\"/admin\"")
        .doesNotContain("href=\"/requests/new\"");
    assertThat(anonymous)
        .contains("href=\"/login\"")
        .contains("href=\"/requests/new\"")
        .doesNotContain("signed-in-user")
        .doesNotContain(erin.csrfToken());
  }

  // --- HTTP with a session

  private static WebSession session(User user) {
    return fixture.store().accounts().openSession(user, Duration.ofHours(1));
  }

  private static HttpResponse<byte[]> postAnonymously(String path, String accept) {
    return server.send(
        HttpRequest.newBuilder(server.uri(path))
            .header("Accept", accept)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("reason=x&action=APPROVE"))
            .build());
  }

  private static String page(User user, String path, int status) {
    return text(get(session(user), path, null), status);
  }

  private static int status(User user, String path) {
    return get(session(user), path, null).statusCode();
  }

  private static HttpResponse<byte[]> get(WebSession session, String path, String extraCookie) {
    String cookie = Authentication.SESSION_COOKIE + "=" + session.id();
    return server.get(path, "Cookie", extraCookie == null ? cookie : cookie + "; " + extraCookie);
  }

  private static HttpResponse<byte[]> post(WebSession session, String path, List<String> pairs) {
    List<String> all = new ArrayList<>(pairs);
    all.add("_csrf");
    all.add(session.csrfToken());
    return server.send(
        HttpRequest.newBuilder(server.uri(path))
            .header("Cookie", Authentication.SESSION_COOKIE + "=" + session.id())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(all)))
            .build());
  }

  private static String encode(List<String> pairs) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i += 2) {
      parts.add(
          URLEncoder.encode(pairs.get(i), StandardCharsets.UTF_8)
              + "="
              + URLEncoder.encode(pairs.get(i + 1), StandardCharsets.UTF_8));
    }
    return parts.stream().collect(Collectors.joining("&"));
  }

  private static List<String> validForm(String name) {
    return List.of(
        "serviceName", name,
        "transports", "tcp",
        "portChoice", "any-user",
        "assignee.id", "Alice_Example",
        "assignee.name", "Alice Example",
        "assignee.uri", "alice@example.org",
        "contact.id", "Alice_Example",
        "contact.name", "Alice Example",
        "contact.uri", "alice@example.org",
        "description", "Form test " + name,
        "references", "https://example.org/" + name);
  }

  private static String flashOf(HttpResponse<byte[]> response) {
    Optional<String> cookie =
        response.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith(Flash.COOKIE + "="))
            .findFirst();
    String value = cookie.orElseThrow().substring(Flash.COOKIE.length() + 1);
    return java.net.URLDecoder.decode(
        value.substring(0, value.indexOf(';')), StandardCharsets.UTF_8);
  }

  private static String text(HttpResponse<byte[]> response, int status) {
    String body = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(response.statusCode()).as("status; body: %s", body).isEqualTo(status);
    return body;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
