package org.portreg.server.registry;

import io.javalin.http.Context;
import io.javalin.http.Header;
import org.portreg.server.http.Conditional;
import org.portreg.server.http.Representation;
import org.portreg.server.http.SecurityHeaders;
import org.portreg.server.spi.DownloadFormat;

/**
 * Serves the registry files, current and per version, from bytes rendered once per version and
 * format, with ETag, Last-Modified, 304 and gzip. Thread-safe.
 */
public final class Downloads {
  private final VersionContexts contexts;

  public Downloads(VersionContexts contexts) {
    this.contexts = contexts;
  }

  /** GET of the current version's file. */
  public void serveCurrent(Context ctx, DownloadFormat format) {
    send(ctx, contexts.current().download(format));
  }

  /** GET of a dated version's file; the date is the {@code date} path parameter. */
  public void serveVersion(Context ctx, DownloadFormat format) {
    send(ctx, contexts.at(ctx.pathParam("version")).download(format));
  }

  /** Sends a representation, honouring conditional headers and Accept-Encoding. */
  public static void send(Context ctx, Representation rep) {
    boolean gzip = acceptsGzip(ctx.header(Header.ACCEPT_ENCODING));
    ctx.disableCompression();
    ctx.header(Header.VARY, Header.ACCEPT_ENCODING);
    ctx.header(Header.ETAG, rep.etag(gzip));
    ctx.header(Header.LAST_MODIFIED, Conditional.formatHttpDate(rep.lastModified()));
    ctx.header(Header.CACHE_CONTROL, "public, max-age=60");
    ctx.contentType(rep.mediaType());
    if (rep.mediaType().startsWith("text/html")) {
      ctx.header("Content-Security-Policy", SecurityHeaders.CSP_FOR_STANDALONE_HTML);
    }
    if (Conditional.notModified(
        ctx.header(Header.IF_NONE_MATCH),
        ctx.header(Header.IF_MODIFIED_SINCE),
        rep.lastModified(),
        rep.etag(false),
        rep.etag(true))) {
      ctx.status(304);
      return;
    }
    if (gzip) {
      ctx.header(Header.CONTENT_ENCODING, "gzip");
    }
    byte[] body = gzip ? rep.gzip() : rep.identity();
    ctx.res().setContentLength(body.length);
    ctx.result(body);
  }

  /** Whether Accept-Encoding lists gzip without {@code q=0}. */
  public static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String coding : acceptEncoding.split(",")) {
      String[] parts = coding.strip().split(";");
      String name = parts[0].strip();
      if ((name.equalsIgnoreCase("gzip") || name.equals("*")) && !hasZeroQuality(parts)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasZeroQuality(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].strip().replace(" ", "");
      if (p.matches("[qQ]=0(\\.0{0,3})?")) {
        return true;
      }
    }
    return false;
  }
}
