package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.portreg.notify.NotifyPreference;
import org.portreg.store.WebSession;
import org.portreg.workflow.RequestAction;
import org.portreg.workflow.StoredRequest;

/**
 * The watches pages and the e-mail preference page, signed in with a session: add a webhook watch
 * (its secret shown once), see its delivery log, remove it; choose what e-mail to get. Every page
 * passes the Nu HTML Checker ({@link TestServer}).
 */
class WatchPagesTest extends WorkflowPageTestBase {
  private static final Pattern WATCH_ID = Pattern.compile("<h1>Watch #([0-9]+)</h1>");

  @Test
  void aWebhookWatchIsAddedShownWithItsDeliveriesAndRemoved() {
    WebSession bob = session(fixture.bob());
    String name = freshName();
    assertThat(text(get(bob, "/watches?query=" + name, null), 200))
        .contains("value=\"" + name + "\"");

    String created =
        text(
            post(
                bob,
                "/watches",
                List.of("query", name, "kind", "webhook", "url", "https://hooks.example/bob")),
            201);
    assertThat(created).contains("id=\"secret-value\"").contains("shown <strong>only now</strong>");
    Matcher m = WATCH_ID.matcher(created);
    assertThat(m.find()).isTrue();
    long id = Long.parseLong(m.group(1));

    assertThat(text(get(bob, "/watches", null), 200))
        .contains("href=\"/watches/" + id + "\"")
        .contains("https://hooks.example/bob");
    String page = text(get(bob, "/watches/" + id, null), 200);
    assertThat(page).doesNotContain("secret-value").contains("id=\"no-deliveries\"");

    StoredRequest r = fixture.submitAsAlice(WorkflowFixture.request(name).build());
    fixture.store().registrar().act(r.id(), RequestAction.APPROVE, fixture.erin(), "fine");
    fixture.store().registrar().act(r.id(), RequestAction.ASSIGN, fixture.adam(), "assigned");
    assertThat(text(get(bob, "/watches/" + id, null), 200))
        .contains("<table id=\"deliveries\">")
        .contains("<td>pending</td>");

    assertThat(status(fixture.alice(), "/watches/" + id)).isEqualTo(404);
    HttpResponse<byte[]> removed = post(bob, "/watches/" + id + "/remove", List.of());
    assertThat(removed.statusCode()).isEqualTo(303);
    assertThat(flashOf(removed)).isEqualTo("Watch #" + id + " removed");
    assertThat(status(fixture.bob(), "/watches/" + id)).isEqualTo(404);
  }

  @Test
  void anEmailWatchNeedsNoUrlAndAWebhookWatchDoes() {
    WebSession bob = session(fixture.bob());
    assertThat(text(post(bob, "/watches", List.of("query", "ssh", "kind", "email")), 201))
        .contains("your e-mail address")
        .doesNotContain("secret-value");
    HttpResponse<byte[]> refused =
        post(bob, "/watches", List.of("query", "ssh", "kind", "webhook", "url", ""));
    assertThat(refused.statusCode()).isEqualTo(400);
  }

  @Test
  void anonymousReadersAreSentToSignIn() {
    HttpResponse<byte[]> response = server.get("/watches");
    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(response.headers().firstValue("Location")).hasValue("/login?next=%2Fwatches");
  }

  @Test
  void theUserChoosesWhatEmailToGet() {
    WebSession erin = session(fixture.erin());
    assertThat(text(get(erin, "/notifications", null), 200))
        .contains("id=\"notify-all\" name=\"notify\" value=\"all\" checked");
    HttpResponse<byte[]> saved = post(erin, "/notifications", List.of("notify", "decisions"));
    assertThat(saved.statusCode()).isEqualTo(303);
    assertThat(flashOf(saved)).isEqualTo("You now get e-mail about decisions only");
    assertThat(fixture.store().notifications().preference("erin"))
        .isEqualTo(NotifyPreference.DECISIONS);
    assertThat(text(get(erin, "/notifications", null), 200))
        .contains("id=\"notify-decisions\" name=\"notify\" value=\"decisions\" checked");
    post(erin, "/notifications", List.of("notify", "all"));
  }
}
