package org.portreg.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link IsoInstant} writes and reads exactly as {@link Instant#toString} and {@link
 * Instant#parse}.
 */
class IsoInstantTest {
  @Property(tries = 5000)
  void writesAsTheJdkAndReadsItsOwnText(
      @ForAll @LongRange(min = -62_167_219_200L, max = 253_402_300_799L) long second,
      @ForAll @IntRange(min = 0, max = 999_999_999) int nano,
      @ForAll @IntRange(min = 0, max = 3) int rounding) {
    int rounded = rounding == 0 ? 0 : rounding == 1 ? nano / 1_000_000 * 1_000_000 : nano;
    rounded = rounding == 2 ? nano / 1000 * 1000 : rounded;
    Instant instant = Instant.ofEpochSecond(second, rounded);
    String text = IsoInstant.format(instant);
    assertThat(text).isEqualTo(instant.toString());
    assertThat(IsoInstant.parse(text)).isEqualTo(Instant.parse(text)).isEqualTo(instant);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-12-04T14:44:10Z",
        "2026-12-04T14:44:10.1Z",
        "2026-12-04T14:44:10.12345Z",
        "2026-12-04T14:44:10.123456789Z",
        "2024-02-29T00:00:00Z",
        "0000-01-01T00:00:00Z",
        "9999-12-31T23:59:59.999Z",
        "+10000-01-01T00:00:00Z",
        "2026-12-31T23:59:60Z",
        "2026-12-04T14:44:10.Z",
        "2026-12-04T24:00:00Z",
        "2026-12-04T14:44:10+01:00"
      })
  void readsWhatTheJdkReads(String text) {
    assertThat(IsoInstant.parse(text)).isEqualTo(Instant.parse(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2026-12-04",
        "2026-12-04T14:44:10",
        "2026-12-04T14:44:10.1234567890Z",
        "2026-13-04T14:44:10Z",
        "2026-02-29T14:44:10Z",
        "2026-12-04T14:60:10Z",
        "2026-12-04 14:44:10Z",
        "2026-12-04T14:44:1xZ"
      })
  void refusesWhatTheJdkRefuses(String text) {
    assertThatThrownBy(() -> Instant.parse(text)).isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> IsoInstant.parse(text)).isInstanceOf(DateTimeParseException.class);
  }
}
