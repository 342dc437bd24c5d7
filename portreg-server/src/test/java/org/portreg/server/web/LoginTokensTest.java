package org.portreg.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginTokensTest {
  private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
  private static final byte[] KEY = filled(7);

  @Test
  void aTokenItIssuedIsValidForAnHourAndNotAfter() {
    String token = tokens(KEY, NOW).issue();

    assertThat(tokens(KEY, NOW).isValid(token)).isTrue();
    assertThat(tokens(KEY, NOW.plus(LoginTokens.LIFETIME).minusSeconds(1)).isValid(token)).isTrue();
    assertThat(tokens(KEY, NOW.plus(LoginTokens.LIFETIME)).isValid(token)).isFalse();
  }

  @Test
  void anotherKeyOrAnyAlteredPartIsRefused() {
    String token = tokens(KEY, NOW).issue();
    String[] parts = token.split("\\.");
    String laterExpiry = String.join(".", parts[0], "9999999999", parts[2], parts[3]);
    String otherNonce = String.join(".", parts[0], parts[1], "AAAAAAAAAAAAAAAAAAAAAA", parts[3]);

    assertThat(tokens(filled(8), NOW).isValid(token)).isFalse();
    assertThat(tokens(KEY, NOW).isValid(laterExpiry)).isFalse();
    assertThat(tokens(KEY, NOW).isValid(otherNonce)).isFalse();
    assertThat(tokens(KEY, NOW).isValid(token.substring(0, token.length() - 1))).isFalse();
  }

  @Test
  void malformedValuesAreRefusedWithoutAnError() {
    for (String bad :
        List.of(
            "",
            "x",
            "v1",
            "v1...",
            "v2.1.a.b",
            "v1.-5.a.b",
            "v1.+5.a.b",
            "v1.99999999999999999999999.a.b",
            "v1.1.a.b.c",
            "v1.١٢.a.b")) {
      assertThat(tokens(KEY, NOW).isValid(bad)).as(bad).isFalse();
    }
  }

  private static LoginTokens tokens(byte[] key, Instant now) {
    return new LoginTokens(key::clone, Clock.fixed(now, ZoneOffset.UTC));
  }

  private static byte[] filled(int value) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) value);
    return key;
  }
}
