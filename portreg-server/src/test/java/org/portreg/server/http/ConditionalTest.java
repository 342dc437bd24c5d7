package org.portreg.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.portreg.server.registry.Downloads;

/** The conditional-request and content-coding rules, without a server. */
class ConditionalTest {
  private static final Instant DAY = Instant.parse("2026-08-03T00:00:00Z");

  @Test
  void formatsHttpDatesWithTwoDigitDaysInEnglish() {
    assertThat(Conditional.formatHttpDate(DAY)).isEqualTo("Mon, 03 Aug 2026 00:00:00 GMT");
    assertThat(Conditional.parseHttpDate("Mon, 03 Aug 2026 00:00:00 GMT")).isEqualTo(DAY);
  }

  @Test
  void ifNoneMatchWinsOverIfModifiedSince() {
    String later = "Tue, 04 Aug 2026 00:00:00 GMT";

    assertThat(Conditional.notModified("\"a\"", later, DAY, "\"b\"")).isFalse();
    assertThat(Conditional.notModified("\"x\", W/\"b\"", null, DAY, "\"b\"")).isTrue();
    assertThat(Conditional.notModified("*", null, DAY, "\"b\"")).isTrue();
    assertThat(Conditional.notModified(null, later, DAY, "\"b\"")).isTrue();
    assertThat(Conditional.notModified(null, null, DAY, "\"b\"")).isFalse();
  }

  @Test
  void readsAcceptEncodingQualities() {
    assertThat(Downloads.acceptsGzip("gzip, deflate, br")).isTrue();
    assertThat(Downloads.acceptsGzip("GZIP;q=0.5")).isTrue();
    assertThat(Downloads.acceptsGzip("gzip;q=0")).isFalse();
    assertThat(Downloads.acceptsGzip("br")).isFalse();
    assertThat(Downloads.acceptsGzip("*")).isTrue();
    assertThat(Downloads.acceptsGzip(null)).isFalse();
  }
}
