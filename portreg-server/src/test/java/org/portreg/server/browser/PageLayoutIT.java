package org.portreg.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portreg.server.InMemoryRegistrySource;
import org.portreg.testing.SharedData;

/**
 * Issue 15, in a real Chromium over the newest official registry, at desktop (1280×800) and phone
 * (390×844) width: the search box is in the first viewport, the registry's header block is a closed
 * {@code <details>}, results are cards on a phone, and the https service page opens with a summary
 * and never stretches or scrolls sideways.
 */
@ExtendWith(RequiresChromium.class)
class PageLayoutIT {
  private static final int[][] SIZES = {{1280, 800}, {390, 844}};

  /** No cell of a service page's table may be taller than this (the bug: ~420 px). */
  private static final double TALLEST_CELL = 160;

  private static BrowserHarness harness;
  private Page page;

  @BeforeAll
  static void startServerAndBrowser() {
    harness = BrowserHarness.open(InMemoryRegistrySource.read(List.of(SharedData.newestXml())));
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
      page = null;
    }
  }

  @Test
  void searchBoxIsInTheFirstViewportAndTheHeaderBlockIsClosed() {
    for (int[] size : SIZES) {
      open(size, "/");
      BoundingBox box = page.locator("#search-input").boundingBox();

      assertThat(box.y).as("search box top at %d px width", size[0]).isLessThan(400);
      assertThat(box.y + box.height).isLessThan(size[1]);
      assertThat(page.locator("details#registry-header").evaluate("d => d.open")).isEqualTo(false);
      assertThat(page.locator("dl.header").isVisible()).isFalse();
      assertThat(page.locator("details#registry-header > summary").innerText())
          .contains("2026-08-17");
    }
  }

  @Test
  void theHeaderBlockOpensFromTheKeyboard() {
    open(SIZES[0], "/");
    Locator summary = page.locator("details#registry-header > summary");

    summary.focus();
    page.keyboard().press("Enter");

    assertThat(page.locator("dl.header").isVisible()).isTrue();
    assertThat(page.locator("dl.header dt:text-is('Expert(s)') + dd").innerText())
        .contains("TCP/UDP: Joe Touch");
    assertThat(summary.getAttribute("aria-expanded")).isNull();
  }

  @Test
  void phoneResultsAreCardsWithoutSidewaysScrolling() {
    for (String path : List.of("/", "/?search=https", "/?page=146")) {
      open(SIZES[1], path);
      Locator rows = page.locator("table#records tbody tr");
      Locator first = rows.first();

      assertThat(horizontalOverflow()).as("page overflow of %s", path).isZero();
      assertThat(boxOverflow()).as("table box overflow of %s", path).isZero();
      assertThat(rows.count()).isPositive();
      assertThat(first.boundingBox().width).isLessThanOrEqualTo(390);
      assertThat(first.locator("td[data-label=Status]").isVisible()).isTrue();
      assertThat(first.locator("td[data-label=Description]").isVisible()).isTrue();
      for (Locator cell : first.locator("td:not(.extra):not(.empty)").all()) {
        assertThat(cell.isVisible()).as("%s shown on the card", cell.innerText()).isTrue();
      }
      assertThat(
              first
                  .locator(
                      "td[data-label='Service Name']:not(.empty), td[data-label='Port Number']"
                          + ":not(.empty)")
                  .count())
          .as("a card names its service or port")
          .isPositive();
      for (Locator cell : first.locator("td.extra").all()) {
        assertThat(cell.isVisible()).as("a card leaves out %s", cell.innerText()).isFalse();
      }
      closePage();
    }
  }

  @Test
  void httpsServicePageNeitherStretchesNorScrollsSideways() {
    for (int[] size : SIZES) {
      for (String path : List.of("/service/https", "/port/443")) {
        open(size, path);

        assertThat(horizontalOverflow()).as("%s at %d px", path, size[0]).isZero();
        assertThat(boxOverflow()).as("records box of %s at %d px", path, size[0]).isZero();
        assertThat(tallestCell()).as("%s at %d px", path, size[0]).isLessThan(TALLEST_CELL);
        closePage();
      }
      open(size, "/service/https");
      Locator card = page.locator("section.record-card").filter(textOf("DNS-SD"));
      assertThat(card.count()).as("the long notes sit in a card").isEqualTo(1);
      page.locator("table#records a[href='#" + card.getAttribute("id") + "']").click();
      assertThat(card.isVisible()).isTrue();
      assertThat(horizontalOverflow()).isZero();
      closePage();
    }
  }

  @Test
  void httpsServicePageOpensWithItsSummary() {
    open(SIZES[0], "/service/https");
    Locator summary = page.locator("dl#summary");

    assertThat(summary.boundingBox().y).isLessThan(400);
    assertThat(value("Ports and transports")).contains("443/tcp", "443/udp", "443/sctp");
    assertThat(value("Status")).isEqualTo("Assigned");
    assertThat(hrefs("Assignee")).contains("/person/IESG", "/person/Randall_Stewart");
    assertThat(value("Assignee")).contains("IESG", "Randall Stewart");
    assertThat(hrefs("Contact")).contains("/person/IETF_Chair");
    // None of the https records of the real file has a registration date (@date).
    assertThat(value("Registered since")).isEqualTo("not recorded in the registry");
    assertThat(value("Last updated")).isEqualTo("2022-02-07");
    assertThat(hrefs("References"))
        .contains(
            "https://www.rfc-editor.org/rfc/rfc9110.html",
            "https://www.rfc-editor.org/rfc/rfc9260.html");
    assertThat(hrefs("Ports and transports")).containsOnly("/port/443");

    page.locator("dl#summary a[href='/person/Randall_Stewart']").first().click();
    page.waitForURL(url -> url.endsWith("/person/Randall_Stewart"));
    assertThat(page.locator("h1").innerText()).isEqualTo("Randall Stewart");
  }

  private void open(int[] size, String path) {
    closePage();
    page = BrowserPages.open(harness, size[0], size[1], path);
  }

  private int horizontalOverflow() {
    return (int) page.evaluate("Math.max(0, document.scrollingElement.scrollWidth - innerWidth)");
  }

  /** How far the records table's own box scrolls sideways. */
  private int boxOverflow() {
    return (int)
        page.locator("div.table-scroll:has(table#records)")
            .evaluate("b => Math.max(0, b.scrollWidth - b.clientWidth)");
  }

  private double tallestCell() {
    return ((Number)
            page.evaluate(
                "Math.max(0, ...[...document.querySelectorAll('table#records td')]"
                    + ".map(td => td.getBoundingClientRect().height))"))
        .doubleValue();
  }

  private static Locator.FilterOptions textOf(String text) {
    return new Locator.FilterOptions().setHasText(text);
  }

  private String value(String label) {
    return page.locator("dl#summary dt:text-is('" + label + "') + dd").innerText().strip();
  }

  @SuppressWarnings("unchecked")
  private List<String> hrefs(String label) {
    return (List<String>)
        page.locator("dl#summary dt:text-is('" + label + "') + dd")
            .evaluate("dd => [...dd.querySelectorAll('a')].map(a => a.getAttribute('href'))");
  }
}
