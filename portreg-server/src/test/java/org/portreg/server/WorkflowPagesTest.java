package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.portreg.store.WebSession;
import org.portreg.workflow.StoredRequest;

/**
 * The workflow pages over a real store holding the newest registry, driven through HTTP: who sees
 * what on the status page, the application form, "my requests", the queue, escaping, and the
 * navigation of each reader.
 */
class WorkflowPagesTest extends WorkflowPageTestBase {
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
  void applicationFormCarriesTheSessionsTokenAndTheLiveValidationScript() {
    WebSession session = session(fixture.alice());

    String form = text(get(session, "/requests/new", null), 200);

    assertThat(form)
        .containsPattern("<script src=\"/assets/request-form.js\\?v=[0-9a-f]{12}\" defer></script>")
        .contains("name=\"_csrf\" value=\"" + session.csrfToken() + "\"")
        .contains("data-validate=\"/api/v1/requests/validate\"")
        .contains("<label for=\"f-serviceName\">")
        .contains("aria-describedby=\"h-f-serviceName e-serviceName\"");
    assertThat(server.text("/assets/request-form.js", 200)).contains("X-CSRF-Token");
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
  void registryPageShowsEachReaderTheirOwnNavigationNeverAnotherOnesFromTheCache() {
    server.text("/?search=zz-nav", 200);
    WebSession erin = session(fixture.erin());

    String signedIn = text(get(erin, "/?search=zz-nav", null), 200);
    String anonymous = server.text("/?search=zz-nav", 200);

    assertThat(signedIn)
        .contains("id=\"signed-in-user\">erin<")
        .contains("href=\"/review\"")
        .contains(erin.csrfToken())
        .doesNotContain("href=\"/admin\"");
    // Only the navigation: since issue 15 the header's "Request an Assignment" links to the form.
    String nav =
        signedIn.substring(
            signedIn.indexOf("<header class=\"site\">"), signedIn.indexOf("</header>"));
    assertThat(nav).doesNotContain("href=\"/requests/new\"");
    assertThat(anonymous)
        .contains("href=\"/login\"")
        .contains("href=\"/requests/new\"")
        .doesNotContain("signed-in-user")
        .doesNotContain(erin.csrfToken());
  }

  @Test
  void requestAnAssignmentPointsToThisServersFormWhenTheWorkflowIsOn() {
    String home = server.text("/", 200);
    String field = home.substring(home.indexOf("<dt>Request an Assignment</dt>"));
    field = field.substring(0, field.indexOf("</dd>"));

    assertThat(field).contains("href=\"/requests/new\"").doesNotContain("iana.org");
  }
}
