package org.portreg.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {
  @Test
  void keepsThePrecisionItWasWrittenWith() {
    assertThat(PartialDate.parse("2001").toString()).isEqualTo("2001");
    assertThat(PartialDate.parse("2001-06").precision()).isEqualTo(PartialDate.Precision.MONTH);
    assertThat(PartialDate.parse("2001-06-15").toString()).isEqualTo("2001-06-15");
  }

  @Test
  void rejectsImpossibleDates() {
    assertThatThrownBy(() -> PartialDate.parse("2001-02-30")).hasMessageContaining("2001-2-30");
    assertThatThrownBy(() -> PartialDate.parse("2001-13")).hasMessageContaining("was 13");
    assertThatThrownBy(() -> PartialDate.parse("01/02/2003")).hasMessageContaining("'01/02/2003'");
  }

  @Test
  void ordersByEarliestDayThenPrecision() {
    assertThat(PartialDate.parse("2001-06")).isLessThan(PartialDate.parse("2001-06-01"));
    assertThat(PartialDate.parse("2001-06-02")).isGreaterThan(PartialDate.parse("2001-06"));
    assertThat(PartialDate.parse("2001").earliest()).isEqualTo(LocalDate.of(2001, 1, 1));
  }
}
