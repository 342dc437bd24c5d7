package org.portreg.format;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256, which every JDK has: the one place portreg computes it (content ids, stored token and
 * session hashes, the stylesheet's CSP hash). Stateless and thread-safe.
 */
public final class Sha256 {
  private Sha256() {}

  /** The 32-byte SHA-256 digest of {@code bytes}. */
  public static byte[] of(byte[] bytes) {
    return digest().digest(bytes);
  }

  /** The SHA-256 of {@code text}'s UTF-8 bytes. */
  public static byte[] of(String text) {
    return of(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The SHA-256 of the UTF-8 bytes of {@code texts} joined, in lower-case hex: the same as {@link
   * #hex(String)} of the joined text, without joining it.
   */
  public static String hex(List<String> texts) {
    MessageDigest digest = digest();
    for (String text : texts) {
      digest.update(text.getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The SHA-256 of {@code text}'s UTF-8 bytes, in lower-case hex (64 characters). */
  public static String hex(String text) {
    return HexFormat.of().formatHex(of(text));
  }
}
