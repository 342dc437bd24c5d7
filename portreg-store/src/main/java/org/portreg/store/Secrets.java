package org.portreg.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.portreg.format.Sha256;

/**
 * The store's secrets: random bearer values, their SHA-256 (what is kept of tokens and sessions),
 * and salted PBKDF2-HMAC-SHA256 password hashes in the form {@code
 * pbkdf2-sha256$ITERATIONS$SALT$HASH} (base64), so that the work factor can grow without breaking
 * stored hashes. JDK algorithms only. Thread-safe.
 */
final class Secrets {
  /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
  static final int ITERATIONS = 600_000;

  private static final String SCHEME = "pbkdf2-sha256";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

  private Secrets() {}

  /**
   * Fills {@code bytes} from the store's one {@link SecureRandom}, which is set up (a few
   * milliseconds: the security providers, the system's generator) only when a secret is first made,
   * not by every command that opens the store.
   */
  static void fill(byte[] bytes) {
    RANDOM.nextBytes(bytes);
  }

  /** 32 random bytes, base64url: 43 characters. */
  static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return URL.encodeToString(bytes);
  }

  /** The SHA-256 of {@code secret}'s UTF-8 bytes, in hex. */
  static String sha256(String secret) {
    return Sha256.hex(secret);
  }

  /** A new salted hash of {@code password}. */
  static String hashPassword(String password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    Base64.Encoder b64 = Base64.getEncoder();
    return String.join(
        "$",
        SCHEME,
        Integer.toString(ITERATIONS),
        b64.encodeToString(salt),
        b64.encodeToString(pbkdf2(password, salt, ITERATIONS)));
  }

  /**
   * Whether {@code password} matches {@code stored}; a {@code null} stored hash is checked against
   * a dummy so that a missing user takes as long as a wrong password.
   */
  static boolean matches(String password, String stored) {
    String[] parts = (stored == null ? DUMMY : stored).split("\\$");
    if (parts.length != 4 || !SCHEME.equals(parts[0])) {
      return false;
    }
    Base64.Decoder b64 = Base64.getDecoder();
    byte[] expected = b64.decode(parts[3]);
    byte[] actual = pbkdf2(password, b64.decode(parts[2]), Integer.parseInt(parts[1]));
    return MessageDigest.isEqual(expected, actual) && stored != null;
  }

  private static final String DUMMY = hashPassword("portreg-dummy-password");

  private static byte[] pbkdf2(String password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
      throw new IllegalStateException("the JDK lacks PBKDF2WithHmacSHA256", e);
    } finally {
      spec.clearPassword();
    }
  }
}
