package org.portreg.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portreg.server.InMemoryRegistrySource;
import org.portreg.testing.SharedData;

/** The diff between two loaded versions: 2026-03-27 added roughtime to 2026-03-18's registry. */
@ExtendWith(RequiresChromium.class)
class DiffIT {
  private static final Set<String> KINDS =
      Set.of("added", "removed", "changed", "renamed", "split", "moved");

  private static BrowserHarness harness;
  private Page page;

  @BeforeAll
  static void startServerAndBrowser() {
    harness =
        BrowserHarness.open(
            InMemoryRegistrySource.read(
                List.of(SharedData.history("2026-03-18"), SharedData.history("2026-03-27"))));
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
  void listsTheChangesBetweenTwoVersions() {
    page = BrowserPages.open(harness, 1280, 900, "/diff?from=2026-03-18&to=2026-03-27");

    Locator changes = page.locator("section#diff li.change");

    assertThat(changes.count()).isPositive();
    assertThat(changes.allInnerTexts()).anyMatch(text -> text.contains("roughtime"));
    assertThat(changes.all())
        .allSatisfy(li -> assertThat(classesOf(li)).containsAnyElementsOf(KINDS));
  }

  @Test
  void choosesTheVersionsInTheDiffForm() {
    page = BrowserPages.open(harness, 1280, 900, "/diff");

    page.locator("form#diff-form select[name=from]").selectOption("2026-03-18");
    page.locator("form#diff-form select[name=to]").selectOption("2026-03-27");
    page.locator("form#diff-form [type=submit]").click();
    page.waitForURL(url -> url.contains("to=2026-03-27"));

    assertThat(page.locator("section#diff li.change").allInnerTexts())
        .anyMatch(text -> text.contains("roughtime"));
  }

  private static List<String> classesOf(Locator element) {
    return List.of(element.getAttribute("class").split("\\s+"));
  }
}
