package org.portreg.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.local.LocalAssignment;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;
import org.portreg.server.InMemoryRegistrySource;
import org.portreg.server.RegistryServer;
import org.portreg.server.ServerOptions;
import org.portreg.server.WorkflowFixture;
import org.portreg.testing.SharedData;
import org.portreg.workflow.CommentPeriod;
import org.portreg.workflow.RequestAction;
import org.portreg.workflow.StoredRequest;

/**
 * axe-core in Chromium on every page the server renders, at desktop and phone width: no serious or
 * critical violation (issue 15). Each page is also kept as a full-page screenshot, {@code
 * a11y-NAME-desktop.png} and {@code a11y-NAME-phone.png} under {@code target/screenshots}. The
 * store holds two real versions (2026-04-30, whose experts changed since, and the newest), two more
 * made by two assignments on one day (so the versions page and links show {@code DATE.N} names),
 * users and one request.
 */
@ExtendWith(RequiresChromium.class)
class AccessibilityIT {
  private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
  private static final int[][] SIZES = {{1280, 900}, {390, 844}};

  @TempDir static Path folder;
  private static WorkflowFixture fixture;
  private static BrowserHarness harness;
  private static long request;
  private static long revocation;
  private static long localRequest;

  @BeforeAll
  static void startServerAndBrowser() {
    // Held before the newest version assigned 7123/udp to snif: its page shows the drift banner.
    fixture =
        WorkflowFixture.open(
            folder,
            List.of(SharedData.history("2026-04-30")),
            store ->
                store
                    .local()
                    .add(
                        LocalAssignment.of(
                            "sensor-feed",
                            Optional.of(PortRange.of(7123)),
                            Set.of(Transport.UDP),
                            "iot"),
                        "adam",
                        "first day"));
    StoredRequest stored = fixture.submitAsAlice(WorkflowFixture.request("zz-a11y").build());
    request = stored.id();
    // A local request on the Kubernetes NodePort range and IANA's http-alt: its check has findings.
    localRequest =
        fixture
            .store()
            .registrar()
            .submitLocal(
                LocalAssignment.of(
                    "zz-a11y-local",
                    Optional.of(PortRange.of(8080)),
                    Set.of(Transport.TCP),
                    "shop"),
                fixture.alice())
            .id();
    // Two assignments on one day: two versions share today's date (issue 15).
    for (String name : List.of("zz-a11y-one", "zz-a11y-two")) {
      long id = fixture.submitAsAlice(WorkflowFixture.request(name).build()).id();
      fixture.store().registrar().act(id, RequestAction.APPROVE, fixture.erin(), "ok");
      fixture.store().registrar().act(id, RequestAction.ASSIGN, fixture.adam(), "ok");
    }
    revocation =
        fixture
            .store()
            .revocations()
            .propose("zz-a11y-one", CommentPeriod.standard(), fixture.adam(), "unused")
            .id();
    fixture.store().revocations().comment(revocation, fixture.bob(), "We still use it.\nKeep it.");
    harness = BrowserHarness.open(fixture::start);
  }

  @AfterAll
  static void closeServerAndBrowser() {
    if (harness != null) {
      harness.close();
    }
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void anonymousPagesHaveNoSeriousViolations() {
    String newest = fixture.source().current().orElseThrow().updated().toString();
    List<String> found = new ArrayList<>();
    for (String[] page :
        new String[][] {
          {"registry", "/"},
          {"search", "/?search=https"},
          {"paging", "/?page=2"},
          {"search-error", "/?search=port:abc"},
          {"service", "/service/https"},
          {"port", "/port/443"},
          {"person", "/person/_3GPP"},
          {"versions", "/versions"},
          {"version", "/versions/" + newest},
          {"version-first-of-day", "/versions/" + newest + ".1/"},
          {"diff-same-day", "/diff?from=" + newest + ".1&to=" + newest + ".2"},
          {"diff", "/diff?from=2026-04-30&to=" + newest},
          {"map", "/map"},
          {"login", "/login?next=%2Freview"},
          {"not-found", "/no-such-page"},
          {"status-anonymous", "/requests/" + request},
          {"local", "/local"},
          {"local-search", "/local?search=7123"},
          {"local-entry", "/local/sensor-feed"},
          {"port-with-local", "/port/7123"},
          {"service-local-only", "/service/sensor-feed"},
          {"search-with-local", "/?search=sensor"},
          {"conflicts", "/conflicts"},
          {"policy", "/policy"},
          {"revocations", "/revocations"},
          {"revocation-anonymous", "/revocations/" + revocation}
        }) {
      found.addAll(check(page[0], page[1], null));
    }
    assertThat(found).isEmpty();
  }

  @Test
  void signedInPagesHaveNoSeriousViolations() {
    List<String> found = new ArrayList<>();
    found.addAll(check("request-form", "/requests/new", "alice"));
    found.addAll(check("request-form-errors", "/requests/new", "alice"));
    found.addAll(check("my-requests", "/requests/mine", "alice"));
    found.addAll(check("status", "/requests/" + request, "erin"));
    found.addAll(check("request-form-local", "/requests/new?target=local", "alice"));
    found.addAll(check("request-form-local-errors", "/requests/new?target=local", "alice"));
    found.addAll(check("status-local", "/requests/" + localRequest, "adam"));
    found.addAll(check("review", "/review", "erin"));
    found.addAll(check("admin", "/admin", "adam"));
    found.addAll(check("forbidden", "/admin", "alice"));
    found.addAll(check("local-entry-admin", "/local/sensor-feed", "adam"));
    long watch =
        fixture
            .store()
            .watches()
            .add(fixture.bob(), "https", java.util.Optional.of("https://hooks.example/b"))
            .watch()
            .id();
    found.addAll(check("watches", "/watches", "bob"));
    found.addAll(check("watch", "/watches/" + watch, "bob"));
    found.addAll(check("notifications", "/notifications", "bob"));
    found.addAll(check("revocation-comment", "/revocations/" + revocation, "bob"));
    found.addAll(check("revocation-admin", "/revocations/" + revocation, "adam"));
    found.addAll(check("revocations-admin", "/revocations", "adam"));
    assertThat(found).isEmpty();
  }

  @Test
  void anEmptyServerExplainsItselfAccessibly() {
    try (BrowserHarness empty =
        BrowserHarness.open(
            () ->
                RegistryServer.start(
                    ServerOptions.defaults().withAddress("127.0.0.1", 0),
                    InMemoryRegistrySource.empty()))) {
      List<String> found = new ArrayList<>();
      for (int[] size : SIZES) {
        Page page = BrowserPages.open(empty, size[0], size[1], "/");
        found.addAll(analyze(page, "empty", size));
        page.context().close();
      }
      assertThat(found).isEmpty();
    }
  }

  /**
   * The serious and critical violations of {@code path} at each size, signed in as {@code user}.
   */
  private static List<String> check(String name, String path, String user) {
    List<String> found = new ArrayList<>();
    for (int[] size : SIZES) {
      Page page = harness.newPage(size[0], size[1]);
      try {
        if (user != null) {
          signIn(page, user);
        }
        page.navigate(harness.url(path));
        if (name.equals("request-form-local-errors")) {
          page.locator("#f-name").fill("-bad-");
          page.locator("#local-request-form button[type=submit]").click();
          page.waitForLoadState();
        }
        if (name.equals("request-form-errors")) {
          page.locator("#f-serviceName").fill("-bad-");
          page.locator("form.request button[type=submit], form button[type=submit]").last().click();
          page.waitForLoadState();
        }
        found.addAll(analyze(page, name, size));
      } finally {
        page.context().close();
      }
    }
    return found;
  }

  private static List<String> analyze(Page page, String name, int[] size) {
    String width = size[0] > 600 ? "desktop" : "phone";
    Screenshots.saveFullPage(page, "a11y-" + name + "-" + width);
    List<String> found = new ArrayList<>();
    for (Rule rule : new AxeBuilder(page).analyze().getViolations()) {
      String impact = String.valueOf(rule.getImpact()).toLowerCase(Locale.ROOT);
      if (FAILING_IMPACTS.contains(impact)) {
        rule.getNodes()
            .forEach(
                node ->
                    found.add(
                        name
                            + " ("
                            + width
                            + "): "
                            + rule.getId()
                            + " ["
                            + impact
                            + "] "
                            + node.getHtml()
                            + " — "
                            + node.getFailureSummary()));
      }
    }
    return found;
  }

  private static void signIn(Page page, String username) {
    page.navigate(harness.url("/login"));
    page.locator("#username").fill(username);
    page.locator("#password").fill(WorkflowFixture.PASSWORD);
    page.locator("form.login button[type=submit]").click();
    page.waitForURL(url -> !url.contains("/login"));
  }
}
