package org.portreg.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.portreg.error.InvalidInputException;
import org.portreg.index.Fixtures;
import org.portreg.index.RegistryIndex;

/**
 * Any query either parses and searches, or throws {@link InvalidInputException}, never anything
 * else (issue 14). Replays {@code SearchQueryFuzzTestInputs/} in a normal run; fuzzes with {@code
 * JAZZER_FUZZ=1}.
 */
class SearchQueryFuzzTest {
  private static final RegistrySearch SEARCH =
      RegistrySearch.of(RegistryIndex.of(Fixtures.registry()));

  @FuzzTest(maxDuration = "30s")
  void parsesAndSearchesOrRejects(byte[] input) {
    // Raw bytes, so that the corpus files are the queries exactly as typed.
    String query = new String(input, StandardCharsets.UTF_8);
    SearchQuery parsed;
    try {
      parsed = SearchQuery.parse(query);
    } catch (InvalidInputException expected) {
      assertThat(expected.getMessage()).startsWith("search: ");
      return;
    }
    assertThat(parsed.termCount()).isLessThanOrEqualTo(QueryParser.MAX_TERMS);
    assertThat(SEARCH.search(parsed, 1)).isNotNull();
  }
}
