package org.portreg.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link IsoDate} reads exactly as {@link LocalDate#parse}. */
class IsoDateTest {
  @Test
  void readsEveryDayOfTwoCenturiesAsTheJdk() {
    for (LocalDate day = LocalDate.of(1900, 1, 1);
        day.isBefore(LocalDate.of(2100, 1, 1));
        day = day.plusDays(1)) {
      assertThat(IsoDate.parse(day.toString())).isEqualTo(day);
    }
    assertThat(IsoDate.parse("0000-01-01")).isEqualTo(LocalDate.parse("0000-01-01"));
    assertThat(IsoDate.parse("+10000-01-01")).isEqualTo(LocalDate.parse("+10000-01-01"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2026-02-29",
        "2026-13-01",
        "2026-00-10",
        "2026-01-32",
        "2026-1a-01",
        "2026/01/01",
        "2026-01-1",
        "+2026-01-01"
      })
  void refusesWhatTheJdkRefuses(String text) {
    assertThatThrownBy(() -> LocalDate.parse(text)).isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> IsoDate.parse(text)).isInstanceOf(DateTimeParseException.class);
  }
}
