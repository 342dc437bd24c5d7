package org.portreg.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.portreg.index.RegistryIndex;
import org.portreg.io.Registries;
import org.portreg.testing.SharedData;

/** Concrete matches of the seeds, named: why a record matches. */
class RealSearchTest {
  private static List<String> keys(String date, String query) {
    RegistrySearch search =
        RegistrySearch.of(RegistryIndex.of(Registries.read(SharedData.history(date))));
    return search.matches(SearchQuery.parse(query)).stream()
        .map(
            r ->
                r.record().name().orElse("")
                    + " "
                    + r.record().number().map(Object::toString).orElse("")
                    + " "
                    + r.record().protocol().map(Object::toString).orElse(""))
        .toList();
  }

  @Test
  void matchesThroughReferencesRangesAndNotes() {
    List<String> by43 = keys("2026-05-11", "43");
    assertThat(by43.get(0)).isEqualTo("discard 9 dccp");
    assertThat(by43).contains(" 334-343 ", "nicname 43 tcp");
    assertThat(keys("2024-03-18", "\"53\""))
        .containsExactly(
            "domain 53 tcp",
            "domain 53 udp",
            "dns-update  tcp",
            "dns-update  udp",
            "dns-update-tls  tcp");
  }

  @Test
  void findsTheSctpHttpsWithBothTerms() {
    assertThat(keys("2024-11-22", "https 443"))
        .startsWith("https 443 tcp", "https 443 udp", "https 443 sctp");
  }
}
