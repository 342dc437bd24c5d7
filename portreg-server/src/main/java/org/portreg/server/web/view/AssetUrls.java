package org.portreg.server.web.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The URLs of the static assets with a version taken from their content ({@code
 * /assets/portreg.css?v=HASH}): a new build gives a new URL, so an asset fetched under its current
 * version may be cached for a year as immutable (issue 15). Thread-safe.
 */
public final class AssetUrls {
  private static final Map<String, String> VERSIONS = new ConcurrentHashMap<>();

  private AssetUrls() {}

  /** {@code /assets/NAME?v=VERSION}. */
  public static String of(String name) {
    return "/assets/" + name + "?v=" + version(name);
  }

  /** The first 12 hex digits of the SHA-256 of the asset's bytes. */
  public static String version(String name) {
    return VERSIONS.computeIfAbsent(name, AssetUrls::hash);
  }

  private static String hash(String name) {
    try (InputStream in = AssetUrls.class.getResourceAsStream("/org/portreg/server/web/" + name)) {
      if (in == null) {
        throw new IllegalStateException("resource missing from the build: " + name);
      }
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
