package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.portreg.testing.SharedData;

/** The web diff shows header and people changes, as the CLI does (issue 15). */
class WebDiffTest {
  @Test
  void showsTheExpertsChangeOfTwoRealVersions() {
    try (TestServer server =
        new TestServer(
            InMemoryRegistrySource.read(
                List.of(SharedData.history("2026-04-30"), SharedData.history("2026-05-04"))))) {
      String page = server.text("/diff?from=2026-04-30&to=2026-05-04", 200);
      String others = page.substring(page.indexOf("<ul class=\"other-changes\">"));

      assertThat(others).contains("<li class=\"other-change header\">Registry header: experts");
      assertThat(page)
          .contains("The two versions have the same records.")
          .doesNotContain("The two versions have the same content.");
    }
  }
}
