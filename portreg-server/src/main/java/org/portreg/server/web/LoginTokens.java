package org.portreg.server.web;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed tokens of the sign-in form's double-submit cookie: {@code v1.EXPIRES.NONCE.MAC}, where
 * EXPIRES is in epoch seconds, NONCE 16 random bytes and MAC the HMAC-SHA256 of {@code
 * sign-in|EXPIRES|NONCE} under the server key kept in the store (base64url throughout). Equal
 * cookie and field alone no longer pass: a value someone made up, altered, or let expire is
 * refused. What a signature cannot stop: a token this server issued to an attacker's own {@code GET
 * /login}, planted as a cookie by someone able to set cookies for this site, is still genuine until
 * it expires (an hour). Thread-safe.
 */
final class LoginTokens {
  /** How long a sign-in form's token is accepted: the cookie's lifetime. */
  static final Duration LIFETIME = Duration.ofHours(1);

  private static final String VERSION = "v1";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private final Supplier<byte[]> key;
  private final Clock clock;

  /**
   * Tokens signed with the key {@code key} gives (asked at each use; the store caches it).
   *
   * @param clock the clock of issue and expiry
   */
  LoginTokens(Supplier<byte[]> key, Clock clock) {
    this.key = key;
    this.clock = clock;
  }

  /** A new token, valid for {@link #LIFETIME}. */
  String issue() {
    byte[] nonce = new byte[16];
    RANDOM.nextBytes(nonce);
    String expires = Long.toString(clock.instant().plus(LIFETIME).getEpochSecond());
    String encodedNonce = ENCODER.encodeToString(nonce);
    return VERSION + "." + expires + "." + encodedNonce + "." + mac(expires, encodedNonce);
  }

  /** Whether {@code token} was issued with this key, unaltered, and has not expired. */
  boolean isValid(String token) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 4 || !parts[0].equals(VERSION) || !isDigits(parts[1])) {
      return false;
    }
    byte[] expected = mac(parts[1], parts[2]).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, parts[3].getBytes(StandardCharsets.US_ASCII))) {
      return false;
    }
    return Long.parseLong(parts[1]) > clock.instant().getEpochSecond();
  }

  private static boolean isDigits(String text) {
    return !text.isEmpty()
        && text.length() <= 18
        && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private String mac(String expires, String nonce) {
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(key.get(), "HmacSHA256"));
      byte[] signed =
          hmac.doFinal(("sign-in|" + expires + "|" + nonce).getBytes(StandardCharsets.US_ASCII));
      return ENCODER.encodeToString(signed);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
