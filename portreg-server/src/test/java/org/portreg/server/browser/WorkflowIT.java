package org.portreg.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.model.ServiceRecord;
import org.portreg.server.WorkflowFixture;
import org.portreg.workflow.AssignmentRequest;
import org.portreg.workflow.RequestState;
import org.portreg.workflow.StoredRequest;
import org.portreg.workflow.Violation;

/**
 * The registration procedure end to end in a real Chromium, on a store holding the newest real
 * registry: an applicant fills in the form (with live validation), an expert approves, an
 * administrator assigns, and the new record is on the registry page and in the CSV download.
 */
@ExtendWith(RequiresChromium.class)
class WorkflowIT {
  private static final String NAME = "zz-browser-e2e";

  @TempDir static Path folder;
  private static WorkflowFixture fixture;
  private static BrowserHarness harness;
  private Page page;

  @BeforeAll
  static void startServerAndBrowser() {
    fixture = WorkflowFixture.open(folder);
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

  @AfterEach
  void closePage() {
    if (page != null) {
      page.context().close();
    }
  }

  @Test
  void applicantRequestsExpertApprovesAdministratorAssignsAndTheRegistryShowsIt() {
    page = harness.newPage(1280, 900);
    ConsoleLog console = ConsoleLog.attach(page);

    long id = applicantSubmits();
    expertApproves(id);
    administratorAssigns(id);

    int port = assignedPort();
    page.navigate(harness.url("/requests/" + id));
    assertThat(page.locator("#state")).hasText("Assigned");
    Screenshots.save(page, "workflow-status-1280x900");
    page.navigate(harness.url("/?search=" + NAME));
    Locator row = page.locator("table#records tbody tr");
    assertThat(row).hasCount(1);
    assertThat(row.first()).containsText(NAME);
    assertThat(row.first()).containsText(Integer.toString(port));
    APIResponse csv = page.context().request().get(harness.url("/service-names-port-numbers.csv"));
    assertThat(csv.status()).isEqualTo(200);
    assertThat(new String(csv.body(), StandardCharsets.UTF_8))
        .contains(NAME + "," + port + ",tcp,");
    assertThat(console.errors()).isEmpty();
  }

  private long applicantSubmits() {
    signIn("/requests/new", "alice");
    assertThat(page.locator("h1")).hasText("Request a port or service name");

    page.locator("#f-serviceName").fill("-bad-");
    Locator nameErrors = page.locator("#e-serviceName p");
    assertThat(nameErrors).hasCount(1);
    assertThat(nameErrors.first()).hasText(serverMessageForBadName());
    assertThat(page.locator("#f-serviceName")).hasAttribute("aria-invalid", "true");
    Screenshots.save(page, "workflow-form-live-validation-1280x900");
    page.locator("#f-serviceName").fill(NAME);
    assertThat(nameErrors).hasCount(0);
    assertThat(page.locator("#f-serviceName")).not().hasAttribute("aria-invalid", "true");

    fillTheRest();
    Screenshots.saveFullPage(page, "workflow-form-1280");
    page.locator("#request-form button[type=submit]").click();
    page.waitForURL(url -> url.matches(".*/requests/[0-9]+"));
    assertThat(page.locator("#flash")).containsText("submitted");
    assertThat(page.locator("#state")).hasText("Checked");
    return Long.parseLong(page.url().replaceAll(".*/", ""));
  }

  private void fillTheRest() {
    assertThat(page.locator("input[name=transports][value=tcp]")).isChecked();
    assertThat(page.locator("input[name=portChoice][value=any-user]")).isChecked();
    page.locator("#f-description").fill("Browser test service");
    for (String who : List.of("assignee", "contact")) {
      page.locator("#f-" + who + "-id").fill("Alice_Example");
      page.locator("#f-" + who + "-name").fill("Alice Example");
      page.locator("#f-" + who + "-uri").fill("alice@example.org");
    }
    page.locator("#f-references").fill("https://example.org/" + NAME);
  }

  /** The validator's own message for the invalid name, as the server would send it. */
  private static String serverMessageForBadName() {
    AssignmentRequest bad = WorkflowFixture.request("-bad-").build();
    return fixture.store().registrar().validate(bad).stream()
        .filter(v -> v.field().equals("serviceName"))
        .map(Violation::message)
        .findFirst()
        .orElseThrow();
  }

  private void expertApproves(long id) {
    signOut();
    signIn("/review", "erin");
    Locator entry = page.locator("#review-queue a[href='/requests/" + id + "']").first();
    assertThat(entry).isVisible();
    Screenshots.save(page, "workflow-review-queue-1280x900");
    entry.click();
    assertThat(page.locator("#decision")).isVisible();
    page.locator("#reason").fill("A plain TCP service; no objections.");
    page.locator("#decision button[value=APPROVE]").click();
    assertThat(page.locator("#flash")).containsText("Approved");
    assertThat(page.locator("#state")).hasText("Approved");
  }

  private void administratorAssigns(long id) {
    signOut();
    signIn("/admin", "adam");
    Locator row = page.locator("#waiting tr:has(a[href='/requests/" + id + "'])");
    assertThat(row).containsText(NAME);
    row.locator("input[name=reason]").fill("Approved by the expert");
    Screenshots.save(page, "workflow-admin-1280x900");
    row.locator("button[type=submit]").click();
    assertThat(page.locator("#flash")).containsText("Assigned");
    StoredRequest stored = fixture.store().registrar().request(id).orElseThrow();
    assertThat(stored.state()).isEqualTo(RequestState.ASSIGNED);
  }

  private static int assignedPort() {
    return fixture.store().current().orElseThrow().records().stream()
        .filter(r -> r.name().filter(NAME::equals).isPresent())
        .map(ServiceRecord::number)
        .flatMap(java.util.Optional::stream)
        .findFirst()
        .orElseThrow()
        .first();
  }

  private void signIn(String path, String username) {
    page.navigate(harness.url(path));
    page.waitForURL(url -> url.contains("/login"));
    page.locator("#username").fill(username);
    page.locator("#password").fill(WorkflowFixture.PASSWORD);
    page.locator("form.login button[type=submit]").click();
    page.waitForURL(url -> url.endsWith(path));
    assertThat(page.locator("#signed-in-user")).hasText(username);
  }

  private void signOut() {
    page.locator("form.signout button").click();
    page.waitForURL(url -> url.endsWith("/"));
    assertThat(page.locator("nav.account")).containsText("Sign in");
  }

  @Test
  void workflowPagesFitAPhoneAndRenderWithoutConsoleErrors() {
    for (String[] visit :
        List.of(
            new String[] {"alice", "/requests/new"},
            new String[] {"alice", "/requests/mine"},
            new String[] {"erin", "/review"},
            new String[] {"adam", "/admin"})) {
      closePage();
      page = harness.newPage(390, 844);
      ConsoleLog console = ConsoleLog.attach(page);
      signIn(visit[1], visit[0]);

      assertThat((int) page.evaluate("document.documentElement.scrollWidth"))
          .as("page width of %s at 390 px", visit[1])
          .isLessThanOrEqualTo(390);
      Screenshots.saveFullPage(page, "workflow-phone" + visit[1].replace('/', '-'));
      assertThat(console.errors()).as(visit[1]).isEmpty();
    }
  }
}
