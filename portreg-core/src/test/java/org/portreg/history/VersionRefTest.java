package org.portreg.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.portreg.error.InvalidInputException;

class VersionRefTest {
  private static final LocalDate TODAY = LocalDate.parse("2026-12-03");

  @ParameterizedTest
  @CsvSource({
    "2026-12-02, 2026-12-02",
    "2026-12-02.2, 2026-12-02.2",
    "today, 2026-12-03",
    "yesterday, 2026-12-02",
    "-30d, 2026-11-03",
    "-0d, 2026-12-03",
    "-2w, 2026-11-19",
    "' 2026-03-27 ', 2026-03-27"
  })
  void readsDatesOrdinalsAndRelativeForms(String text, String expected) {
    assertThat(VersionRef.parse(text, TODAY)).hasToString(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "tomorrow",
        "2026-13-01",
        "2026-12-02.0",
        "2026-12-02.",
        "-d",
        "-30y",
        "-٣d",
        "2026-12-02.x",
        "9999999-01-01",
        "-1234567d"
      })
  void refusesAnythingElseNamingTheForms(String text) {
    assertThatThrownBy(() -> VersionRef.parse(text, TODAY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("YYYY-MM-DD")
        .hasMessageContaining("yesterday");
  }

  @Test
  void readsEveryDayAsTheJdksIsoParserDoesAndRefusesWhatItRefuses() {
    for (LocalDate day = LocalDate.of(1999, 1, 1);
        day.isBefore(LocalDate.of(2029, 1, 1));
        day = day.plusDays(1)) {
      assertThat(VersionRef.parse(day.toString(), TODAY).date()).isEqualTo(day);
    }
    for (String text :
        List.of(
            "2026-02-29",
            "2024-02-30",
            "2026-04-31",
            "2026-00-10",
            "2026-01-00",
            "2026-1a-01",
            "2026-01-3x",
            "+2026-01-01",
            "2026/01/01")) {
      assertThatThrownBy(() -> LocalDate.parse(text)).as(text).isNotNull();
      assertThatThrownBy(() -> VersionRef.parse(text, TODAY))
          .as(text)
          .isInstanceOf(InvalidInputException.class);
    }
  }

  @Test
  void idsAreBareDatesUnlessADayHasSeveralVersions() {
    LocalDate day = LocalDate.parse("2026-12-02");
    assertThat(VersionRef.idOf(day, 1, 1)).isEqualTo("2026-12-02");
    assertThat(VersionRef.idOf(day, 1, 3)).isEqualTo("2026-12-02.1");
    assertThat(VersionRef.idOf(day, 3, 3)).isEqualTo("2026-12-02.3");
  }

  @Test
  void theIdAtAPlaceCountsTheVersionsOfItsDay() {
    List<LocalDate> dates =
        List.of("2026-11-30", "2026-12-02", "2026-12-02", "2026-12-02", "2026-12-05").stream()
            .map(LocalDate::parse)
            .toList();
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < dates.size(); i++) {
      ids.add(VersionRef.idAt(dates, i));
    }
    assertThat(ids)
        .containsExactly(
            "2026-11-30", "2026-12-02.1", "2026-12-02.2", "2026-12-02.3", "2026-12-05");
  }

  @Test
  void aBareDateResolvesToTheLastVersionOnOrBeforeItAnOrdinalToExactlyThatOne() {
    List<LocalDate> dates =
        List.of("2026-11-30", "2026-12-02", "2026-12-02", "2026-12-02", "2026-12-05").stream()
            .map(LocalDate::parse)
            .toList();

    assertThat(VersionRef.parse("2026-12-02", TODAY).resolve(dates)).contains(3);
    assertThat(VersionRef.parse("2026-12-04", TODAY).resolve(dates)).contains(3);
    assertThat(VersionRef.parse("2026-12-02.1", TODAY).resolve(dates)).contains(1);
    assertThat(VersionRef.parse("2026-12-02.3", TODAY).resolve(dates)).contains(3);
    assertThat(VersionRef.parse("2026-12-02.4", TODAY).resolve(dates)).isEmpty();
    assertThat(VersionRef.parse("2026-11-01", TODAY).resolve(dates)).isEqualTo(Optional.empty());
  }

  @Property
  void anyTextIsReadOrRefusedAsBadInputNeverAnythingElse(@ForAll String text) {
    try {
      VersionRef.parse(text, TODAY);
    } catch (InvalidInputException expected) {
      assertThat(expected.getMessage()).hasSizeLessThan(300);
    }
  }
}
