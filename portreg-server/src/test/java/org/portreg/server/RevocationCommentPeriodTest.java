package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.server.auth.Authentication;
import org.portreg.store.WebSession;
import org.portreg.testing.MovableClock;
import org.portreg.workflow.RevocationState;
import org.portreg.workflow.User;

/**
 * The comment-period test (issue 18, RFC 6335 §8.4) on a real server, store and SMTP server
 * (GreenMail), with the store's clock moved instead of waiting: an administrator proposes the
 * revocation of the real {@code udpstp}; its assignee (IESG) gets the e-mail; a signed-in user
 * comments; an anonymous one cannot; revoking before the end date is refused (the form's flash, 409
 * over the API) and changes nothing; on the end date comments are refused, the administrator's page
 * shows the comments above the revoke form, and the revocation goes through.
 */
class RevocationCommentPeriodTest {
  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @TempDir Path folder;
  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-22T10:00:00Z"));
  private WorkflowFixture fixture;
  private TestServer server;
  private MailSender sender;

  @BeforeEach
  void start() {
    fixture = WorkflowFixture.open(folder, clock);
    server = new TestServer(fixture.start());
    sender = MailSender.start(fixture.store(), MailSenderTest.options(SMTP.getSmtp().getPort()));
  }

  @AfterEach
  void stop() {
    sender.close();
    server.close();
    fixture.close();
  }

  @Test
  void commentsUntilTheEndDateThenTheRevocationAfterTheAdminReadThem() throws Exception {
    WebSession adam = session(fixture.adam());
    HttpResponse<byte[]> proposed =
        post(
            adam,
            "/revocations",
            List.of("service", "udpstp", "days", "30", "reason", "the assignee does not answer"));
    assertThat(proposed.statusCode()).isEqualTo(303);
    String page = proposed.headers().firstValue("Location").orElseThrow();
    long id = Long.parseLong(page.substring("/revocations/".length()));
    assertThat(fixture.store().revocations().get(id).orElseThrow().endsOn())
        .hasToString("2026-12-22");

    MailSenderTest.await("the assignee's notice", () -> SMTP.getReceivedMessages().length >= 1);
    MimeMessage notice = SMTP.getReceivedMessages()[0];
    assertThat(MailSenderTest.received(SMTP))
        .containsExactly("iesg@ietf.org [portreg] Assignment 'udpstp': proposed for revocation");
    assertThat(GreenMailUtil.getBody(notice))
        .contains("https://ports.example/revocations/" + id, "2026-12-22");

    assertThat(text(server.get("/service/udpstp"), 200))
        .contains("id=\"revocation-notice\"", "30 days left for comments", "href=\"" + page + "\"");
    String anonymous = text(server.get(page), 200);
    assertThat(anonymous)
        .contains("id=\"sign-in-to-comment\"", "30 days left for comments")
        .doesNotContain("id=\"comment-form\"", "id=\"revoke-form\"");
    HttpResponse<byte[]> refused = server.send(form(page + "/comments", "text=anonymous").build());
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(
            server
                .send(
                    HttpRequest.newBuilder(server.uri("/api/v1/revocations/" + id + "/comments"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"anonymous\"}"))
                        .build())
                .statusCode())
        .isEqualTo(401);

    WebSession alice = session(fixture.alice());
    HttpResponse<byte[]> said =
        post(alice, page + "/comments", List.of("text", "We still run <b>udpstp</b> & need it"));
    assertThat(said.statusCode()).isEqualTo(303);
    assertThat(said.headers().firstValue("Location").orElseThrow()).startsWith(page + "#comment-");
    assertThat(text(get(alice, page), 200))
        .contains("We still run &lt;b&gt;udpstp&lt;/b&gt; &amp; need it")
        .contains("<strong class=\"author\">alice</strong>")
        .contains("id=\"comment-form\"");

    String bobToken = fixture.store().accounts().issueToken("bob", "t", "bob").secret();
    HttpResponse<byte[]> byApi =
        api("POST", "/api/v1/revocations/" + id + "/comments", "{\"text\": \"Me too\"}", bobToken);
    assertThat(byApi.statusCode()).as(body(byApi)).isEqualTo(201);
    assertThat(json(byApi).get("author").asText()).isEqualTo("bob");

    earlyRevocationsAreRefusedAndChangeNothing(adam, page, id);

    clock.advance(Duration.ofDays(30));
    adam = session(fixture.adam());
    alice = session(fixture.alice());
    HttpResponse<byte[]> late = post(alice, page + "/comments", List.of("text", "One more"));
    assertThat(text(late, 409))
        .contains("id=\"comment-error\"", "ended on 2026-12-22")
        .contains("id=\"comments-closed\"");
    assertThat(
            api("POST", "/api/v1/revocations/" + id + "/comments", "{\"text\": \"x\"}", bobToken)
                .statusCode())
        .isEqualTo(409);

    String admin = text(get(adam, page), 200);
    int firstComment = admin.indexOf("We still run");
    int revokeForm = admin.indexOf("id=\"revoke-form\"");
    assertThat(firstComment).isPositive();
    assertThat(admin.indexOf("Me too")).isPositive();
    assertThat(revokeForm).isGreaterThan(firstComment);

    HttpResponse<byte[]> revoked = post(adam, page + "/revoke", List.of("reason", "no objection"));
    assertThat(flashOf(revoked))
        .isEqualTo("Revoke done: REVOKE 'udpstp': udpstp 24601/udp on 2026-12-22");
    assertThat(server.get("/api/v1/services/udpstp").statusCode()).isEqualTo(404);
    assertThat(fixture.store().revocations().get(id).orElseThrow().state())
        .isEqualTo(RevocationState.REVOKED);
    MailSenderTest.await("the revocation's notice", () -> SMTP.getReceivedMessages().length >= 2);
    assertThat(MailSenderTest.received(SMTP))
        .containsExactly(
            "iesg@ietf.org [portreg] Assignment 'udpstp': proposed for revocation",
            "iesg@ietf.org [portreg] Assignment 'udpstp': revoke");
    assertThat(text(server.get(page), 200))
        .contains("state-revoked", "id=\"comments-closed\"")
        .doesNotContain("id=\"sign-in-to-comment\"");
  }

  private void earlyRevocationsAreRefusedAndChangeNothing(WebSession adam, String page, long id) {
    int versions = fixture.store().versions().size();
    String waiting = text(get(adam, page), 200);
    assertThat(waiting)
        .contains("id=\"revoke-wait\"", "id=\"withdraw-form\"")
        .doesNotContain("id=\"revoke-form\"");
    HttpResponse<byte[]> early = post(adam, page + "/revoke", List.of("reason", "now"));
    assertThat(early.statusCode()).isEqualTo(303);
    assertThat(flashOf(early))
        .startsWith("Revoke failed: service 'udpstp' cannot be revoked before the public comment")
        .contains("ends on 2026-12-22 (today is 2026-11-22, 30 days left)");
    String adamToken = fixture.store().accounts().issueToken("adam", "t", "adam").secret();
    HttpResponse<byte[]> byApi =
        api("POST", "/api/v1/services/udpstp/revoke", "{\"reason\": \"now\"}", adamToken);
    assertThat(byApi.statusCode()).isEqualTo(409);
    assertThat(json(byApi).get("type").asText()).endsWith("refused-state-change");
    assertThat(fixture.store().versions()).hasSize(versions);
    assertThat(server.get("/api/v1/services/udpstp").statusCode()).isEqualTo(200);
    assertThat(fixture.store().revocations().get(id).orElseThrow().state())
        .isEqualTo(RevocationState.OPEN);
  }

  @Test
  void theApiProposesListsRefusesASecondProposalAndWithdraws() throws Exception {
    String adam = fixture.store().accounts().issueToken("adam", "t", "adam").secret();
    String alice = fixture.store().accounts().issueToken("alice", "t", "alice").secret();
    String body = "{\"reason\": \"unused\", \"until\": \"2026-12-01\"}";

    HttpResponse<byte[]> first = api("POST", "/api/v1/services/NODEL/revocation", body, adam);
    assertThat(first.statusCode()).as(body(first)).isEqualTo(201);
    JsonNode proposal = json(first);
    long id = proposal.get("id").asLong();
    assertThat(first.headers().firstValue("Location")).hasValue("/api/v1/revocations/" + id);
    assertThat(proposal.get("service").asText()).isEqualTo("nodel");
    assertThat(proposal.get("endsOn").asText()).isEqualTo("2026-12-01");
    assertThat(proposal.get("daysLeft").asInt()).isEqualTo(9);
    assertThat(proposal.get("takesComments").asBoolean()).isTrue();

    HttpResponse<byte[]> second = api("POST", "/api/v1/services/nodel/revocation", body, adam);
    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(json(second).get("detail").asText())
        .isEqualTo(
            "service 'nodel' already has an open revocation proposal #"
                + id
                + " (its comment period ends on 2026-12-01); withdraw it before proposing another");
    assertThat(api("POST", "/api/v1/services/nodel/revocation", body, alice).statusCode())
        .isEqualTo(403);
    assertThat(
            api("POST", "/api/v1/services/zz-none/revocation", "{\"reason\": \"x\"}", adam)
                .statusCode())
        .isEqualTo(404);
    List<Integer> bad = new ArrayList<>();
    for (String input :
        List.of(
            "{\"reason\": \"x\", \"days\": 3, \"until\": \"2026-12-01\"}",
            "{\"reason\": \"x\", \"until\": \"2026-11-22\"}",
            "{\"reason\": \"x\", \"days\": 0}",
            "{\"reason\": \"x\", \"days\": \"ten\"}",
            "{\"reason\": \" \"}")) {
      bad.add(api("POST", "/api/v1/services/ssh/revocation", input, adam).statusCode());
    }
    assertThat(bad).containsExactly(400, 400, 400, 400, 422);
    assertThat(fixture.store().revocations().openOf("ssh")).isEmpty();

    JsonNode open = server.json("/api/v1/revocations?state=open", 200);
    assertThat(open.get("today").asText()).isEqualTo("2026-11-22");
    assertThat(open.get("revocations")).hasSize(1);
    assertThat(server.json("/api/v1/revocations/" + id, 200).get("comments")).isEmpty();
    assertThat(server.get("/api/v1/revocations?state=closed").statusCode()).isEqualTo(400);
    assertThat(server.get("/api/v1/revocations/x").statusCode()).isEqualTo(404);

    HttpResponse<byte[]> withdrawn =
        api("POST", "/api/v1/revocations/" + id + "/withdraw", "{\"reason\": \"answered\"}", adam);
    assertThat(json(withdrawn).get("state").asText()).isEqualTo("withdrawn");
    assertThat(json(withdrawn).get("closeReason").asText()).isEqualTo("answered");
    assertThat(
            api("POST", "/api/v1/revocations/" + id + "/withdraw", "{\"reason\": \"x\"}", adam)
                .statusCode())
        .isEqualTo(409);
    assertThat(server.json("/api/v1/revocations?state=withdrawn", 200).get("revocations"))
        .hasSize(1);
    assertThat(text(server.get("/service/nodel"), 200)).doesNotContain("revocation-notice");
    MailSenderTest.await("two notices", () -> SMTP.getReceivedMessages().length >= 2);
    assertThat(MailSenderTest.received(SMTP))
        .containsExactly(
            "support@lumicom.com.au [portreg] Assignment 'nodel': proposed for revocation",
            "support@lumicom.com.au [portreg] Assignment 'nodel': revocation withdrawn");
  }

  private WebSession session(User user) {
    return fixture.store().accounts().openSession(user, Duration.ofHours(1));
  }

  private HttpResponse<byte[]> get(WebSession session, String path) {
    return server.get(path, "Cookie", Authentication.SESSION_COOKIE + "=" + session.id());
  }

  private HttpResponse<byte[]> post(WebSession session, String path, List<String> pairs) {
    List<String> all = new ArrayList<>(pairs);
    all.add("_csrf");
    all.add(session.csrfToken());
    return server.send(
        form(path, WorkflowPageTestBase.encode(all))
            .header("Cookie", Authentication.SESSION_COOKIE + "=" + session.id())
            .build());
  }

  private HttpRequest.Builder form(String path, String body) {
    return HttpRequest.newBuilder(server.uri(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private HttpResponse<byte[]> api(String method, String path, String json, String token) {
    return server.send(
        HttpRequest.newBuilder(server.uri(path))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .method(method, HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private static String text(HttpResponse<byte[]> response, int status) {
    return WorkflowPageTestBase.text(response, status);
  }

  private static String body(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  private static JsonNode json(HttpResponse<byte[]> response) {
    return TestServer.parse(body(response));
  }

  private static String flashOf(HttpResponse<byte[]> response) {
    return WorkflowPageTestBase.flashOf(response);
  }
}
