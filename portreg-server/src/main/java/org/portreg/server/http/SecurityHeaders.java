package org.portreg.server.http;

import io.javalin.http.Context;
import java.util.Map;
import org.portreg.format.html.HtmlFormat;

/**
 * The headers every response carries: a strict Content-Security-Policy (scripts, styles, images and
 * fetches only from this origin, never inline; no framing), no MIME sniffing, a restrained Referer,
 * and no framing for old browsers. Set before each handler, so error responses carry them too.
 */
public final class SecurityHeaders {
  static final String CSP =
      "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; "
          + "img-src 'self'; form-action 'self'; "
          + "base-uri 'none'; frame-ancestors 'none'";

  /**
   * The policy of the registry's own {@code .html} download, which embeds its stylesheet so the
   * file stands alone once saved: that one style block is allowed by its hash, nothing else.
   */
  public static final String CSP_FOR_STANDALONE_HTML =
      CSP.replace("style-src 'self'", "style-src 'self' " + HtmlFormat.stylesheetHash());

  /**
   * The headers every response carries, by name: the one definition that Javalin's before-handler,
   * {@code JettyErrors} and {@code LookupFastPath} all send.
   */
  public static final Map<String, String> ALWAYS =
      Map.of(
          "Content-Security-Policy", CSP,
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "strict-origin-when-cross-origin",
          "X-Frame-Options", "DENY");

  /** The header that tells browsers to use https only, sent when {@code httpsOnly} is set. */
  public static final String HSTS_HEADER = "Strict-Transport-Security";

  private SecurityHeaders() {}

  /** The request attribute that says clients use https only ({@code ServerOptions.httpsOnly}). */
  public static final String HTTPS_ONLY = "portreg.httpsOnly";

  /** A year, as is usual for HSTS once a site is served over https for good. */
  public static final String HSTS = "max-age=31536000";

  public static void apply(Context ctx, boolean httpsOnly) {
    if (httpsOnly) {
      ctx.attribute(HTTPS_ONLY, Boolean.TRUE);
      ctx.header(HSTS_HEADER, HSTS);
    }
    ALWAYS.forEach(ctx::header);
  }
}
