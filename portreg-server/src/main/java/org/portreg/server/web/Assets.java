package org.portreg.server.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.portreg.server.http.Representation;
import org.portreg.server.registry.Downloads;
import org.portreg.server.web.view.AssetUrls;

/**
 * Fixed files from the class path (style sheet, icon, OpenAPI document), loaded and encoded once.
 * Thread-safe.
 */
public final class Assets {
  /** Cache-Control of an asset fetched under its current version. */
  public static final String IMMUTABLE = "public, max-age=31536000, immutable";

  private static final Instant LOADED = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  private Assets() {}

  /** The resource next to this class, ready to serve. */
  public static Representation load(String name, String mediaType) {
    try (InputStream in = Assets.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource missing from the build: " + name);
      }
      return Representation.of(in.readAllBytes(), mediaType, LOADED);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": " + e.getMessage(), e);
    }
  }

  /** A handler serving {@code rep}. */
  public static Handler serving(Representation rep) {
    return (Context ctx) -> Downloads.send(ctx, rep);
  }

  /**
   * A handler serving the asset {@code name}: asked for under its current version ({@link
   * AssetUrls#of}) it may be cached for a year as immutable; otherwise as any download.
   */
  public static Handler versioned(String name, Representation rep) {
    String version = AssetUrls.version(name);
    return (Context ctx) -> {
      Downloads.send(ctx, rep);
      if (version.equals(ctx.queryParam("v"))) {
        ctx.header("Cache-Control", IMMUTABLE);
      }
    };
  }
}
