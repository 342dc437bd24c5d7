package org.portreg.server.browser;

import com.microsoft.playwright.Page;
import java.util.List;

/** Small readers of the HTML contract shared by the browser tests. */
final class BrowserPages {
  private BrowserPages() {}

  /** A fresh page of {@code width} x {@code height} that has loaded {@code path}. */
  static Page open(BrowserHarness harness, int width, int height, String path) {
    Page page = harness.newPage(width, height);
    page.navigate(harness.url(path));
    return page;
  }

  /**
   * Each row of {@code table#records} as "name port transport" (its first three cells, trimmed), in
   * page order.
   */
  static List<String> recordKeys(Page page) {
    return page.locator("table#records tbody tr").all().stream()
        .map(row -> row.locator("td").allInnerTexts().subList(0, 3))
        .map(cells -> String.join(" ", cells.stream().map(String::strip).toList()))
        .toList();
  }
}
