package org.portreg.server.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The one-time message a form leaves for the page it redirects to ("Request #12 submitted"). It
 * travels in a short-lived cookie rather than in server memory, so it survives a redirect that
 * lands on another server instance.
 */
public final class Flash {
  public static final String COOKIE = "portreg_flash";

  private Flash() {}

  /** Leaves {@code message} for the next page this browser renders. */
  public static void set(Context ctx, String message) {
    Cookie cookie = new Cookie(COOKIE, URLEncoder.encode(message, StandardCharsets.UTF_8));
    cookie.setPath("/");
    cookie.setMaxAge(60);
    cookie.setHttpOnly(true);
    cookie.setSameSite(SameSite.LAX);
    ctx.cookie(cookie);
  }

  /** The message left for this page, removing it; {@code null} when there is none. */
  static String take(Context ctx) {
    String value = ctx.cookie(COOKIE);
    if (value == null) {
      return null;
    }
    ctx.removeCookie(COOKIE, "/");
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // A cookie mangled on the way is no message; the page still renders.
      return null;
    }
  }
}
