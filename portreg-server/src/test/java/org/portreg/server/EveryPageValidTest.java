package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portreg.local.LocalAssignment;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;
import org.portreg.store.Revocations;
import org.portreg.workflow.CommentPeriod;
import org.portreg.workflow.RequestAction;
import org.portreg.workflow.StoredRequest;

/**
 * Every page the server renders, in each state a reader meets, passes the Nu HTML Checker and shows
 * no template syntax (issue 15). The checks themselves run in {@link TestServer} on every HTML
 * answer of every test; this class makes sure each page is reached at least once, whatever the
 * other tests do: anonymous and signed-in pages, empty and full results, and error pages.
 */
class EveryPageValidTest extends WorkflowPageTestBase {
  private static final List<String> ANONYMOUS_PAGES =
      List.of(
          "/",
          "/?search=https",
          "/?search=port:80-90+proto:tcp",
          "/?search=zz-no-such-service",
          "/?page=2",
          "/service/https",
          "/port/443",
          "/port/49999",
          "/person/_3GPP",
          "/versions",
          "/diff",
          "/map",
          "/login",
          "/login?next=%2Freview",
          "/local",
          "/local?search=zz-none",
          "/port/8080",
          "/service/billing-api",
          "/?search=billing",
          "/conflicts",
          "/policy",
          "/revocations");

  /** A local entry, so the registry, service and port pages show their local section (issue 16). */
  @BeforeAll
  static void addALocalEntry() {
    fixture
        .store()
        .local()
        .add(
            LocalAssignment.of(
                "billing-api", Optional.of(PortRange.of(8080)), Set.of(Transport.TCP), "payments"),
            "adam",
            "first day");
  }

  @Test
  void anonymousPagesAreValid() {
    for (String path : ANONYMOUS_PAGES) {
      assertThat(server.get(path).statusCode()).as(path).isEqualTo(200);
    }
    assertThat(server.text("/port/8080", 200)).contains("id=\"local-assignments\"");
  }

  @Test
  void datedVersionAndDiffPagesAreValid() {
    String date = server.json("/api/v1/versions", 200).at("/versions/0/updated").asText();

    server.text("/versions/" + date, 200);
    server.text("/diff?from=" + date + "&to=" + date, 200);
  }

  @Test
  void signedInPagesAreValid() {
    StoredRequest request = fixture.submitAsAlice(WorkflowFixture.request(freshName()).build());
    List<String> seen = new ArrayList<>();

    seen.add(page(fixture.alice(), "/requests/new", 200));
    seen.add(page(fixture.alice(), "/requests/mine", 200));
    seen.add(page(fixture.alice(), "/requests/" + request.id(), 200));
    seen.add(page(fixture.erin(), "/requests/" + request.id(), 200));
    seen.add(page(fixture.erin(), "/review", 200));
    StoredRequest local =
        fixture
            .store()
            .registrar()
            .submitLocal(
                LocalAssignment.of(
                    freshName(),
                    Optional.of(PortRange.of(31000 + NAMES.get())),
                    Set.of(Transport.TCP),
                    "shop"),
                fixture.alice());
    seen.add(page(fixture.alice(), "/requests/new?target=local", 200));
    seen.add(page(fixture.alice(), "/requests/" + local.id(), 200));
    seen.add(page(fixture.adam(), "/requests/" + local.id(), 200));
    seen.add(page(fixture.adam(), "/admin", 200));
    seen.add(page(fixture.adam(), "/", 200));
    seen.add(page(fixture.alice(), "/watches", 200));
    seen.add(page(fixture.alice(), "/notifications", 200));
    long watch =
        fixture
            .store()
            .watches()
            .add(fixture.alice(), "https", java.util.Optional.of("https://hooks.example/a"))
            .watch()
            .id();
    seen.add(page(fixture.alice(), "/watches", 200));
    seen.add(page(fixture.alice(), "/watches/" + watch, 200));
    seen.addAll(revocationPages());

    assertThat(seen).allSatisfy(html -> assertThat(html).contains("</html>"));
  }

  /** A proposal's page as each reader meets it, with a comment, a refused comment and the list. */
  private List<String> revocationPages() {
    String name = freshName();
    long request = fixture.submitAsAlice(WorkflowFixture.request(name).build()).id();
    fixture.store().registrar().act(request, RequestAction.APPROVE, fixture.erin(), "ok");
    fixture.store().registrar().act(request, RequestAction.ASSIGN, fixture.adam(), "ok");
    Revocations revocations = fixture.store().revocations();
    long id = revocations.propose(name, CommentPeriod.standard(), fixture.adam(), "gone").id();
    revocations.comment(id, fixture.bob(), "Still <em>used</em>\nby us");
    List<String> seen = new ArrayList<>();
    seen.add(server.text("/revocations/" + id, 200));
    seen.add(page(fixture.alice(), "/revocations/" + id, 200));
    seen.add(page(fixture.adam(), "/revocations/" + id, 200));
    seen.add(page(fixture.adam(), "/revocations", 200));
    String comment = "/revocations/" + id + "/comments";
    seen.add(text(post(session(fixture.alice()), comment, List.of("text", " ")), 400));
    revocations.withdraw(id, fixture.adam(), "answered");
    seen.add(server.text("/revocations/" + id, 200));
    seen.add(server.text("/revocations", 200));
    return seen;
  }

  @Test
  void theSignInPageSaysWhyTheReaderWasSentThere() {
    assertThat(server.text("/login?next=%2Freview", 200))
        .contains("<code>/review</code>, is for signed-in users")
        .contains("<button class=\"primary\" type=\"submit\">Sign in</button>");
  }

  @Test
  void historySaysPresentForRecordsAlreadyInTheOldestVersion() {
    String date = server.json("/api/v1/versions", 200).at("/versions/0/updated").asText();
    String page = server.text("/service/https", 200);

    assertThat(page).contains("present in the oldest stored version (" + date + ")");
  }

  @Test
  void theHtmlDownloadOfTheRealRegistryIsValid() {
    // The HTML writer of core behind both this download and `convert --to html`.
    String html = server.text("/service-names-port-numbers.html", 200);

    assertThat(html).contains("</table>");
  }

  @Test
  void errorPagesAreValid() {
    for (String path :
        List.of(
            "/no-such-page", "/service/zz-no-such-service", "/versions/1999-01-01", "/port/x")) {
      HttpResponse<byte[]> response = server.get(path, "Accept", "text/html");
      assertThat(response.statusCode()).as(path).isBetween(400, 499);
    }
    assertThat(status(fixture.alice(), "/review")).isEqualTo(403);
    assertThat(status(fixture.alice(), "/admin")).isEqualTo(403);
  }

  @Test
  void anEmptyStoreExplainsItselfOnEveryPage() {
    try (TestServer empty = new TestServer(InMemoryRegistrySource.empty())) {
      for (String path : List.of("/", "/map")) {
        assertThat(empty.text(path, 200)).as(path).contains("No registry has been imported yet");
      }
      empty.get("/versions");
      empty.get("/diff");
      empty.get("/service/https");
    }
  }

  @Test
  void templateSyntaxIsFound() {
    assertThat(HtmlChecks.templateSyntax("<p>@-- a comment</p>")).hasSize(1);
    assertThat(HtmlChecks.templateSyntax("<p>${x} @if(y) @endif @for(z)</p>")).hasSize(4);
    assertThat(HtmlChecks.templateSyntax("<p>mail@ifa.example, x@format.org</p>")).isEmpty();
    assertThat(HtmlChecks.validate("<!DOCTYPE html><title>x</title><p id=a><p id=a>")).isNotEmpty();
  }
}
