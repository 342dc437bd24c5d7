package org.portreg.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portreg.io.Registries;
import org.portreg.model.Registry;
import org.portreg.server.InMemoryRegistrySource;
import org.portreg.testing.SharedData;

/**
 * The {@code .html} download opened in a real Chromium. The page is the same template whatever the
 * registry's size, so the test serves the newest registry's first 300 records: the browser then
 * lays out a page of kilobytes, not the 5 MB of the whole registry, which takes a slow machine tens
 * of seconds.
 */
@ExtendWith(RequiresChromium.class)
class HtmlDownloadIT {
  private static final int RECORDS = 300;
  private static BrowserHarness harness;

  @BeforeAll
  static void startServerAndBrowser() {
    Registry newest = Registries.read(SharedData.newestXml());
    Registry small = newest.withRecords(newest.records().subList(0, RECORDS));
    harness = BrowserHarness.open(InMemoryRegistrySource.of(List.of(small)));
  }

  @AfterAll
  static void closeServerAndBrowser() {
    if (harness != null) {
      harness.close();
    }
  }

  @Test
  void opensTheHtmlDownloadStyledAndWithoutCspViolations() {
    Page page = harness.newPage(1280, 900);
    ConsoleLog console = ConsoleLog.attach(page);

    page.navigate(harness.url("/service-names-port-numbers.html"));

    // The embedded stylesheet applies: table cells get its 1px border, not the browser's none.
    Object border =
        page.locator("table td").first().evaluate("td => getComputedStyle(td).borderTopWidth");
    assertThat(border).isEqualTo("1px");
    assertThat(page.locator("table td").count())
        .as("the served records are all there")
        .isGreaterThan(RECORDS);
    assertThat(console.errors()).isEmpty();
    page.context().close();
  }
}
