package org.portreg.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portreg.server.InMemoryRegistrySource;
import org.portreg.testing.SharedData;

/** The registry page of the newest official registry, in a real Chromium. */
@ExtendWith(RequiresChromium.class)
class RegistryPageIT {
  private static BrowserHarness harness;
  private Page page;

  @BeforeAll
  static void startServerAndBrowser() {
    Path newest = SharedData.newestXml();
    harness = BrowserHarness.open(InMemoryRegistrySource.read(List.of(newest)));
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
  void showsHeaderBlockWithTitleLastUpdatedAndExperts() {
    page = open(1280, 900, "/");
    page.locator("details#registry-header > summary").click();

    assertThat(page.locator("h1").innerText())
        .isEqualTo("Service Name and Transport Protocol Port Number Registry");
    assertThat(headerValue("Last Updated")).isEqualTo("2026-08-17");
    assertThat(headerValue("Expert(s)")).contains("TCP/UDP: Joe Touch").contains("SCTP:");
  }

  @Test
  void showsHundredRecordsAndTheContactsTheyName() {
    page = open(1280, 900, "/");

    assertThat(page.locator("table#records tbody tr").count()).isEqualTo(100);
    assertThat(page.locator("table#records tbody tr").first().innerText()).startsWith("\t0\ttcp");
    Locator contacts = page.locator("table#contacts tbody tr");
    assertThat(contacts.count()).isPositive();
    assertThat(contacts.locator("td:first-child").allInnerTexts()).contains("[Jon_Postel]");
  }

  @Test
  void pagesToTheSecondPageThroughTheNextLink() {
    page = open(1280, 900, "/");
    String lastOnFirstPage = page.locator("table#records tbody tr").last().innerText();

    page.locator("nav.pager a[rel=next]").click();

    assertThat(page.url()).endsWith("page=2");
    assertThat(page.locator("nav.pager").innerText()).contains("Page 2 of 146");
    assertThat(page.locator("table#records tbody tr").count()).isEqualTo(100);
    assertThat(page.locator("table#records tbody tr").first().innerText())
        .isNotEqualTo(lastOnFirstPage);
    assertThat(page.locator("nav.pager a[rel=prev]").count()).isEqualTo(1);
  }

  @Test
  void opensPersonPageFromTheContactTable() {
    page = open(1280, 900, "/");
    Locator link = page.locator("table#contacts a[href='/person/Jon_Postel']");

    link.click();

    assertThat(page.url()).endsWith("/person/Jon_Postel");
    assertThat(page.locator("h1").innerText()).isEqualTo("Jon Postel");
    assertThat(page.locator("table.records tbody tr").count()).isPositive();
  }

  @Test
  void downloadsTheOfficialXmlByteForByte() throws IOException {
    page = open(1280, 900, "/");
    String href = absoluteHref(page.locator("a.download[href$='.xml']").first());

    APIResponse response = page.context().request().get(href);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers().get("content-type")).startsWith("application/xml");
    assertThat(response.body()).isEqualTo(Files.readAllBytes(SharedData.newestXml()));
  }

  @Test
  void rendersWithoutConsoleErrorsOrCspViolations() {
    page = harness.newPage(1280, 900);
    ConsoleLog console = ConsoleLog.attach(page);

    page.navigate(harness.url("/?page=3"));
    page.locator("nav.pager a[rel=next]").click();
    page.locator("table#contacts a").first().click();

    assertThat(page.url()).contains("/person/");
    assertThat(console.errors()).isEmpty();
  }

  @Test
  void fitsPhoneWidthWithTheRecordsAsCards() {
    page = open(390, 844, "/");

    int pageWidth = (int) page.evaluate("document.documentElement.scrollWidth");
    Locator box = page.locator("div.table-scroll:has(table#records)");
    int boxScroll = (int) box.evaluate("b => b.scrollWidth - b.clientWidth");

    assertThat(pageWidth).isLessThanOrEqualTo(390);
    assertThat(boxScroll).as("the records are cards: nothing scrolls sideways").isZero();
  }

  @Test
  void keepsEveryPageWithinPhoneWidth() {
    for (String path : List.of("/?page=146", "/versions", "/person/Jon_Postel", "/no-such-page")) {
      closePage();
      page = open(390, 844, path);

      assertThat((int) page.evaluate("document.documentElement.scrollWidth"))
          .as("page width of %s at 390 px", path)
          .isLessThanOrEqualTo(390);
    }
  }

  @Test
  void savesDesktopAndPhoneScreenshots() throws IOException {
    Path desktop = screenshot(1280, 900, "registry-desktop-1280x900");
    Path phone = screenshot(390, 844, "registry-phone-390x844");

    assertThat(pngSize(desktop)).containsExactly(1280, 900);
    assertThat(pngSize(phone)).containsExactly(390, 844);
  }

  @Test
  void savesScreenshotsOfTheRecordsTableAndTheWholePhonePage() throws IOException {
    Path desktop = tableScreenshot(1280, 900, "registry-desktop-table-1280x900");
    Path phone = tableScreenshot(390, 844, "registry-phone-table-390x844");
    Path full = Screenshots.saveFullPage(page, "registry-phone-full-390");

    assertThat(pngSize(desktop)).containsExactly(1280, 900);
    assertThat(pngSize(phone)).containsExactly(390, 844);
    assertThat(pngSize(full)[1]).isGreaterThan(844);
  }

  private Path tableScreenshot(int width, int height, String name) {
    closePage();
    page = open(width, height, "/");
    page.locator("table#records").scrollIntoViewIfNeeded();
    return Screenshots.save(page, name);
  }

  private Path screenshot(int width, int height, String name) {
    closePage();
    page = open(width, height, "/");
    return Screenshots.save(page, name);
  }

  @Test
  void pagesThroughALargeSearchResult() {
    page = open(1280, 900, "/");
    page.locator("form#search input[name=search]").fill("43");
    page.locator("form#search [type=submit]").click();
    page.waitForURL(url -> url.contains("search=43"));
    List<String> firstPage = BrowserPages.recordKeys(page);

    page.locator("nav.pager a[rel=next]").click();

    assertThat(firstPage).hasSize(100);
    assertThat(page.evaluate("new URL(location.href).searchParams.get('search')")).isEqualTo("43");
    assertThat(page.locator("nav.pager").innerText()).contains("Page 2 of");
    assertThat(page.locator("p#result-count").innerText()).contains("records match");
    assertThat(BrowserPages.recordKeys(page)).isNotEmpty().doesNotContainAnyElementsOf(firstPage);
  }

  @Test
  void downloadsCsvStartingWithIanasHeaderLine() throws IOException {
    page = open(1280, 900, "/");
    String href = absoluteHref(page.locator("a.download[href$='.csv']").first());
    String ianaHeader =
        Files.readAllLines(SharedData.pair("2024-01-25/service-names-port-numbers.csv")).get(0);

    APIResponse response = page.context().request().get(href);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.text()).startsWith(ianaHeader + "\r\n");
  }

  @Test
  void linksThePortMapToPortPagesOrPortRangeSearches() {
    page = open(1280, 900, "/map");
    Locator regions = page.locator("svg a, map area");
    assertThat(page.locator("img#port-map, svg").count()).isPositive();
    assertThat(regions.count()).isPositive();

    regions.first().click();

    String search = (String) page.evaluate("new URL(location.href).searchParams.get('search')");
    String where = search == null ? page.url() : search;
    assertThat(where).matches(".*/port/\\d+|port:\\d+-\\d+.*");
    assertThat(page.locator("table#records tbody tr").count()).isPositive();
  }

  private static Page open(int width, int height, String path) {
    return BrowserPages.open(harness, width, height, path);
  }

  private String headerValue(String label) {
    return page.locator("dl.header dt:text-is('" + label + "') + dd").innerText();
  }

  private static String absoluteHref(Locator link) {
    return (String) link.evaluate("a => a.href");
  }

  /** Width and height from the PNG's IHDR chunk (bytes 16..23, big-endian). */
  private static int[] pngSize(Path png) throws IOException {
    ByteBuffer header = ByteBuffer.wrap(Files.readAllBytes(png), 16, 8);
    return new int[] {header.getInt(), header.getInt()};
  }
}
