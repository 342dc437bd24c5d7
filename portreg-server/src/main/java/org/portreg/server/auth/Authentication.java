package org.portreg.server.auth;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import org.portreg.error.PermissionDeniedException;
import org.portreg.server.http.ApiPaths;
import org.portreg.server.http.SameOrigin;
import org.portreg.server.http.SecurityHeaders;
import org.portreg.server.http.UnauthenticatedException;
import org.portreg.server.spi.RateLimit;
import org.portreg.server.spi.TrustedProxies;
import org.portreg.store.WebSession;
import org.portreg.workflow.User;

/**
 * Recognises who sends each request, before any handler runs: an {@code Authorization: Bearer
 * prt_...} API token, else the {@code portreg_session} cookie, else nobody. Then, for writes,
 * applies the per-principal rate limit and, for session-authenticated writes, the CSRF check.
 * Thread-safe.
 *
 * <p>A bad or revoked bearer token is refused (401) rather than treated as anonymous, so a client
 * learns at once that its token no longer works. An unknown or expired session cookie is anonymous:
 * the browser simply shows the pages a visitor sees.
 */
public final class Authentication {
  /** The session cookie's name. */
  public static final String SESSION_COOKIE = "portreg_session";

  /** The form field carrying the CSRF token. */
  static final String CSRF_FIELD = "_csrf";

  /** The header carrying the CSRF token, for scripts. */
  public static final String CSRF_HEADER = "X-CSRF-Token";

  private static final String BEARER = "bearer ";

  /** The one POST that changes nothing: the form's live validation. */
  private static final String VALIDATE_PATH = ApiPaths.PREFIX + "/requests/validate";

  /** How many times the write rate the live validation may be called at. */
  private static final int CHECKS_PER_WRITE = 4;

  private final Workflow workflow;
  private final RateLimiter writes;
  private final RateLimiter checks;
  private final TrustedProxies proxies;

  public Authentication(Workflow workflow, RateLimit writeLimit, TrustedProxies proxies) {
    this.workflow = workflow;
    this.proxies = proxies;
    // Writes share one allowance across the instances on the database; validations (which write
    // nothing and run as people type) stay per instance, in memory.
    this.writes =
        workflow.isAvailable()
            ? RateLimiter.shared("writes", writeLimit, workflow.rateBuckets())
            : new RateLimiter("writes", writeLimit);
    // Live validation runs as people type; on the write bucket it would use up their submit.
    this.checks =
        new RateLimiter(
            "validations",
            new RateLimit(
                writeLimit.perMinute() * CHECKS_PER_WRITE, writeLimit.burst() * CHECKS_PER_WRITE));
  }

  /** The before-handler of every route. */
  public void before(Context ctx) {
    Principal principal = identify(ctx);
    ctx.attribute(Principal.ATTRIBUTE, principal);
    if (!isWrite(ctx)) {
      return;
    }
    RateLimiter bucket = VALIDATE_PATH.equals(ctx.path()) ? checks : writes;
    bucket.take(principal.user().map(u -> "user:" + u.id()).orElse("ip:" + clientKey(ctx)));
    boolean signIn = ctx.path().equals("/login");
    // Writes on a browser's ambient credentials must come from this site's own pages.
    if (principal.method() == Principal.AuthMethod.SESSION || signIn) {
      SameOrigin.require(
          ctx.header(Header.HOST), ctx.header(Header.ORIGIN), ctx.header(Header.REFERER));
    }
    // The sign-in form carries its own pre-session token (SignIn), also when a session exists.
    if (principal.method() == Principal.AuthMethod.SESSION && !signIn) {
      checkCsrf(ctx, principal.csrfToken());
    }
  }

  /**
   * The address the client is known by for rate limits: behind trusted proxies the one they
   * forwarded for, IPv6 by its /64.
   */
  public String clientKey(Context ctx) {
    return proxies.clientKey(ctx.ip(), ctx.header("X-Forwarded-For"));
  }

  /** Whether the request may change state: everything but GET, HEAD and OPTIONS. */
  static boolean isWrite(Context ctx) {
    HandlerType method = ctx.method();
    return method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
  }

  private Principal identify(Context ctx) {
    String authorization = ctx.header(Header.AUTHORIZATION);
    if (authorization != null) {
      return Principal.of(userForToken(authorization));
    }
    String cookie = ctx.cookie(SESSION_COOKIE);
    if (cookie == null || cookie.isEmpty() || !workflow.isAvailable()) {
      return Principal.ANONYMOUS;
    }
    // A user deactivated mid-session is signed out at once, on every instance.
    return workflow
        .accounts()
        .session(cookie)
        .filter(s -> s.user().active())
        .map(Principal::of)
        .orElse(Principal.ANONYMOUS);
  }

  private User userForToken(String authorization) {
    if (!authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
      throw new UnauthenticatedException("only Authorization: Bearer API tokens are accepted");
    }
    if (!workflow.isAvailable()) {
      throw new UnauthenticatedException("this server has no accounts (it runs without a store)");
    }
    String secret = authorization.substring(BEARER.length()).strip();
    Optional<User> user = workflow.accounts().userForToken(secret);
    return user.orElseThrow(() -> new UnauthenticatedException("unknown or revoked API token"));
  }

  /**
   * Refuses a write whose form field {@code _csrf} or header {@code X-CSRF-Token} is not the
   * session's token.
   *
   * @throws PermissionDeniedException (403) for a missing or wrong token
   */
  public static void checkCsrf(Context ctx, String expected) {
    if (expected.isEmpty() || !sameSecret(expected, csrfTokenOf(ctx))) {
      throw new PermissionDeniedException("missing or wrong CSRF token");
    }
  }

  private static String csrfTokenOf(Context ctx) {
    String header = ctx.header(CSRF_HEADER);
    if (header != null) {
      return header;
    }
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    // Only forms carry fields; reading a JSON body as a form would consume it for nothing.
    if (type.startsWith("application/x-www-form-urlencoded")
        || type.startsWith("multipart/form-data")) {
      String field = ctx.formParam(CSRF_FIELD);
      return field == null ? "" : field;
    }
    return "";
  }

  /** Compares in constant time, so the comparison leaks nothing about the expected secret. */
  static boolean sameSecret(String expected, String actual) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
  }

  /** Sets the session cookie: HttpOnly, SameSite=Lax, Path=/, Secure over https. */
  public static void setSessionCookie(Context ctx, WebSession session, long maxAgeSeconds) {
    ctx.cookie(cookie(ctx, SESSION_COOKIE, session.id(), "/", maxAgeSeconds, SameSite.LAX));
  }

  /** Removes the session cookie from the browser. */
  public static void clearSessionCookie(Context ctx) {
    ctx.cookie(cookie(ctx, SESSION_COOKIE, "", "/", 0, SameSite.LAX));
  }

  /**
   * A cookie scripts cannot read, Secure when the request came over https or the server is
   * configured for https-only clients (behind a TLS proxy it sees plain http).
   */
  public static Cookie cookie(
      Context ctx, String name, String value, String path, long maxAgeSeconds, SameSite sameSite) {
    boolean secure =
        "https".equalsIgnoreCase(ctx.scheme())
            || Boolean.TRUE.equals(ctx.attribute(SecurityHeaders.HTTPS_ONLY));
    int maxAge = (int) Math.min(Integer.MAX_VALUE, maxAgeSeconds);
    return new Cookie(name, value, path, maxAge, secure, true, null, sameSite);
  }
}
