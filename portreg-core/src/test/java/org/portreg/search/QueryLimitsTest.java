package org.portreg.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.portreg.error.InvalidInputException;

class QueryLimitsTest {
  @Test
  void acceptsThirtyTwoTermsAndRejectsMore() {
    assertThat(SearchQuery.parse("a ".repeat(32)).termCount()).isEqualTo(32);
    assertThatThrownBy(() -> SearchQuery.parse("a ".repeat(33)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("search: too many terms: at most 32 are allowed");
  }

  @Test
  void rejectsATermLongerThan256Characters() {
    assertThat(SearchQuery.parse("x".repeat(256)).termCount()).isEqualTo(1);
    assertThatThrownBy(() -> SearchQuery.parse("\"" + "y".repeat(257) + "\""))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "search: term '"
                + "y".repeat(20)
                + "…' is too long: at most 256 characters are allowed, was 257");
  }

  @Test
  void rejectsANameGlobWithMoreThanSixteenStars() {
    assertThat(SearchQuery.parse("name:" + "*h".repeat(16)).termCount()).isEqualTo(1);
    String many = "name:" + "*".repeat(17) + "z";
    assertThatThrownBy(() -> SearchQuery.parse(many))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("search: '" + many + "': at most 16 '*' are allowed in a name pattern, was 17");
  }
}
