package org.portreg.cli.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalWidthTest {
  @Test
  void columnsIsTheUsersWordWhateverTheOutput() {
    assertThat(TerminalWidth.of("60", 0)).isEqualTo(60);
    assertThat(TerminalWidth.of("132", 90)).isEqualTo(132);
    assertThat(TerminalWidth.of("5", 0)).isEqualTo(TerminalWidth.MIN);
  }

  @Test
  void aTerminalWithoutColumnsIsAskedAndAPipeIsNotFitted() {
    assertThat(TerminalWidth.of(null, 60)).isEqualTo(60);
    assertThat(TerminalWidth.of("wide", 60)).isEqualTo(60);
    assertThat(TerminalWidth.of(null, -1)).isEqualTo(TerminalWidth.FALLBACK);
    assertThat(TerminalWidth.of(null, 0)).isEqualTo(TerminalWidth.UNLIMITED);
    assertThat(TerminalWidth.of("", 0)).isEqualTo(TerminalWidth.UNLIMITED);
  }

  @Test
  void readsTheColumnsOfSttySize() {
    assertThat(TerminalWidth.columnsOf("24 60")).isEqualTo(60);
    assertThat(TerminalWidth.columnsOf("0 0")).isEqualTo(-1);
    assertThat(TerminalWidth.columnsOf("")).isEqualTo(-1);
    assertThat(TerminalWidth.columnsOf("stty: not a tty")).isEqualTo(-1);
  }
}
