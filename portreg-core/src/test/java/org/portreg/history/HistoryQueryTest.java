package org.portreg.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.portreg.model.Transport;

class HistoryQueryTest {
  @Test
  void readsANameAsWritten() {
    HistoryQuery query = HistoryQuery.parse(" BESApi ");

    assertThat(query.name()).contains("BESApi");
    assertThat(query.port()).isEmpty();
  }

  @Test
  void readsAPortWithAnOptionalTransportInAnyCase() {
    assertThat(HistoryQuery.parse("5319").port()).contains(5319);
    HistoryQuery query = HistoryQuery.parse("5319/UDP");
    assertThat(query.transport()).contains(Transport.UDP);
    assertThat(query).hasToString("5319/udp");
  }

  @Test
  void rejectsPortAbove65535() {
    assertThatThrownBy(() -> HistoryQuery.parse("70000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("70000");
  }

  @Test
  void rejectsAnUnknownTransport() {
    assertThatThrownBy(() -> HistoryQuery.parse("22/quic"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown transport quic");
  }

  @Test
  void rejectsAnEmptyQuery() {
    assertThatThrownBy(() -> HistoryQuery.parse("  ")).isInstanceOf(IllegalArgumentException.class);
  }
}
