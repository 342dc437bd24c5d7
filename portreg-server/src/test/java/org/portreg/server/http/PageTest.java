package org.portreg.server.http;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {
  @Test
  void aPagePastTheOnlyOneSaysSoInTheSingular() {
    assertThatThrownBy(() -> Page.of(List.of("a"), 2))
        .hasMessage("page 2 does not exist: there is 1 page of 100");
  }
}
