package org.portreg.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portreg.server.InMemoryRegistrySource;
import org.portreg.testing.SharedData;

/**
 * Searching from the registry page's box, over the 2024-11-22 registry of seed 003: the browser
 * shows exactly the rows that IANA's own search page showed for {@code https 443}.
 */
@ExtendWith(RequiresChromium.class)
class SearchIT {
  private static final String SEED = "003_e2f398b622535810.txt";

  /** A seed table row: service name (may be empty), port or range, transport. */
  private static final Pattern SEED_ROW =
      Pattern.compile("^([a-z0-9-]*) \\| (\\d+(?:-\\d+)?) \\| (tcp|udp|sctp|dccp) \\|.*");

  private static BrowserHarness harness;
  private Page page;

  @BeforeAll
  static void startServerAndBrowser() {
    harness =
        BrowserHarness.open(InMemoryRegistrySource.read(List.of(SharedData.history("2024-11-22"))));
  }

  @AfterAll
  static void closeServerAndBrowser() {
    if (harness != null) {
      harness.close();
    }
  }

  @AfterEach
  void closePage() {
    if (page != null) {
      page.context().close();
    }
  }

  @Test
  void searchesFromTheBoxLikeTheRegistrySearchPage() throws IOException {
    page = BrowserPages.open(harness, 1280, 900, "/");

    page.locator("form#search input[name=search]").fill("https 443");
    page.locator("form#search [type=submit]").click();
    page.waitForURL(url -> url.contains("search="));

    assertThat(page.evaluate("new URL(location.href).searchParams.get('search')"))
        .isEqualTo("https 443");
    assertThat(page.locator("p#result-count").innerText()).startsWith("13 records match");
    assertThat(BrowserPages.recordKeys(page)).containsExactlyElementsOf(seedRows());
  }

  @Test
  void sharesTheSearchThroughItsUrl() throws IOException {
    page = BrowserPages.open(harness, 1280, 900, "/?search=https+443");

    assertThat(page.locator("form#search input[name=search]").inputValue()).isEqualTo("https 443");
    assertThat(BrowserPages.recordKeys(page)).containsExactlyElementsOf(seedRows());
  }

  @Test
  void opensTheServiceOfAResult() {
    page = BrowserPages.open(harness, 1280, 900, "/?search=https+443");
    Locator service = page.locator("table#records a.service").first();

    service.click();

    assertThat(page.url()).endsWith("/service/https");
    assertThat(page.locator("h1").innerText()).contains("https");
    assertThat(page.locator("table#records tbody tr").count()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void opensThePortOfAResult() {
    page = BrowserPages.open(harness, 1280, 900, "/?search=https+443");

    page.locator("table#records a.port").first().click();

    assertThat(page.url()).endsWith("/port/443");
    assertThat(page.locator("h1").innerText()).contains("443");
    assertThat(page.locator("table#port-status tr[data-transport=tcp]").innerText())
        .containsIgnoringCase("assigned");
    assertThat(page.locator("table#records tbody tr").count()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void showsAMalformedStructuredQueryAsAnError() {
    page = harness.newPage(1280, 900);

    int status = page.navigate(harness.url("/?search=port%3A70000-1")).status();

    assertThat(status).isEqualTo(400);
    assertThat(page.locator("p.error").count()).isEqualTo(1);
    assertThat(page.locator("table#records").count()).isZero();
  }

  /** The rows of seed 003 as "name port transport", in its order. */
  private static List<String> seedRows() throws IOException {
    return Files.readAllLines(SharedData.seeds().resolve(SEED), StandardCharsets.UTF_8).stream()
        .map(SEED_ROW::matcher)
        .filter(java.util.regex.Matcher::matches)
        .map(m -> m.group(1) + " " + m.group(2) + " " + m.group(3))
        .toList();
  }
}
