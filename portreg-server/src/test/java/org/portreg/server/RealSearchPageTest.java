package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.portreg.index.RegistryIndex;
import org.portreg.io.Registries;
import org.portreg.model.Person;
import org.portreg.model.Registry;
import org.portreg.search.RegistrySearch;
import org.portreg.search.SearchPage;
import org.portreg.search.SearchQuery;
import org.portreg.testing.SharedData;

/** The registry page's search over a real version: the rows and contacts of the search engine. */
class RealSearchPageTest {
  @Test
  void showsTheRowsAndExactlyTheContactsOfTheSearchPage() {
    Registry registry = Registries.read(SharedData.history("2025-09-29"));
    SearchPage expected =
        RegistrySearch.of(RegistryIndex.of(registry)).search(SearchQuery.parse("ftps"), 1);
    try (TestServer server = new TestServer(InMemoryRegistrySource.of(List.of(registry)))) {
      String page = server.text("/?search=ftps", 200);

      assertThat(ids(page, "<tr id=\"person-([^\"]+)\">"))
          .containsExactlyElementsOf(expected.contacts().stream().map(Person::id).toList());
      assertThat(ids(page, "<a href=\"/service/[^\"]+\" class=\"service\">([^<]+)</a>"))
          .containsExactlyElementsOf(
              expected.rows().stream().map(r -> r.record().serviceName().orElseThrow()).toList());
      assertThat(page)
          .contains(
              "<p id=\"result-count\" class=\"count\">" + expected.total() + " records match ftps");
    }
  }

  private static List<String> ids(String html, String regex) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile(regex).matcher(html);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
