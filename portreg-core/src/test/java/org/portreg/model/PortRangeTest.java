package org.portreg.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PortRangeTest {
  @Test
  void parsesSinglePortsAndRanges() {
    assertThat(PortRange.parse("80")).isEqualTo(PortRange.of(80));
    assertThat(PortRange.parse("6000-6063")).isEqualTo(PortRange.of(6000, 6063));
    assertThat(PortRange.parse("6000-6063").size()).isEqualTo(64);
  }

  @Test
  void keepsDegenerateRangesAsWritten() {
    PortRange degenerate = PortRange.parse("4748-4748");
    assertThat(degenerate.toString()).isEqualTo("4748-4748");
    assertThat(degenerate).isNotEqualTo(PortRange.of(4748));
    assertThat(degenerate.isSingle()).isFalse();
  }

  @Test
  void rejectsPortAbove65535() {
    assertThatThrownBy(() -> PortRange.of(70000)).hasMessage("port must be in 0..65535, was 70000");
  }

  @Test
  void rejectsBackwardRanges() {
    assertThatThrownBy(() -> PortRange.of(10, 5)).hasMessageContaining("10-5");
  }

  @Test
  void rejectsText() {
    assertThatThrownBy(() -> PortRange.parse("http")).hasMessageContaining("'http'");
    assertThatThrownBy(() -> PortRange.parse("1-")).hasMessageContaining("'1-'");
  }

  @Test
  void overlapsAndContains() {
    assertThat(PortRange.of(4539, 4544).overlaps(PortRange.of(4544))).isTrue();
    assertThat(PortRange.of(4539, 4544).overlaps(PortRange.of(4545, 4550))).isFalse();
    assertThat(PortRange.of(1, 3).contains(2)).isTrue();
  }
}
