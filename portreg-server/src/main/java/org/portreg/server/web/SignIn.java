package org.portreg.server.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.portreg.error.PermissionDeniedException;
import org.portreg.server.auth.Authentication;
import org.portreg.server.auth.Principal;
import org.portreg.server.auth.RateLimiter;
import org.portreg.server.auth.Workflow;
import org.portreg.server.http.ErrorView;
import org.portreg.server.http.UnauthenticatedException;
import org.portreg.server.spi.RateLimit;
import org.portreg.server.web.view.LoginPage;
import org.portreg.store.WebSession;
import org.portreg.workflow.User;

/**
 * Web sign-in and sign-out: {@code GET /login}, {@code POST /login}, {@code POST /logout}. Sessions
 * live in the store, so any server instance on the database serves them. Thread-safe.
 *
 * <p>Login CSRF (a forged sign-in into the attacker's account) is stopped with a double-submit
 * cookie: {@code GET /login} sets a {@code portreg_login} cookie (HttpOnly, SameSite=Strict,
 * Path=/login) and puts the same value in the form; {@code POST /login} must carry both, equal, and
 * the value must be a token this server signed within the hour ({@link LoginTokens}, with the key
 * every instance on the database shares). Another site can neither read the cookie nor set it for
 * us, and one that could set cookies cannot make up a value that passes. An expired form is shown
 * again, fresh, with a word why. Attempts are rate-limited per client address and username, against
 * password guessing.
 */
public final class SignIn {
  /** The pre-session cookie of the sign-in form. */
  public static final String LOGIN_COOKIE = "portreg_login";

  private final Authentication authentication;
  private final Workflow workflow;
  private final Pages pages;
  private final Duration sessionLifetime;
  private final RateLimiter attempts;
  private final LoginTokens tokens;

  public SignIn(
      Workflow workflow,
      Authentication authentication,
      Pages pages,
      Duration sessionLifetime,
      RateLimit attemptLimit) {
    this.workflow = workflow;
    this.authentication = authentication;
    this.pages = pages;
    this.sessionLifetime = sessionLifetime;
    this.attempts =
        workflow.isAvailable()
            ? RateLimiter.shared("sign-in attempts", attemptLimit, workflow.rateBuckets())
            : new RateLimiter("sign-in attempts", attemptLimit);
    this.tokens = new LoginTokens(() -> workflow.serverKeys().key("sign-in"), Clock.systemUTC());
  }

  /** {@code GET /login[?next=/path]}: the sign-in form. */
  public void form(Context ctx) {
    workflow.accounts(); // says at once when the server has no accounts
    render(ctx, safeNext(ctx.queryParam("next")), "", "");
  }

  /**
   * {@code POST /login}: fields {@code username}, {@code password}, {@code next}, {@code _csrf}.
   */
  public void signIn(Context ctx) {
    String expected = Optional.ofNullable(ctx.cookie(LOGIN_COOKIE)).orElse("");
    Authentication.checkCsrf(ctx, expected);
    String username = Optional.ofNullable(ctx.formParam("username")).orElse("").strip();
    String next = safeNext(ctx.formParam("next"));
    if (!tokens.isValid(expected)) {
      // 403 from the one exception table; the page is a fresh form, with the name kept.
      ErrorView.set(ctx, (c, problem, e) -> render(c, next, username, problem.detail()));
      throw new PermissionDeniedException(
          "The sign-in form has expired or was not made by this server; sign in again.");
    }
    attempts.take(authentication.clientKey(ctx) + "|" + username.toLowerCase(Locale.ROOT));
    String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
    Optional<User> user = workflow.accounts().authenticate(username, password);
    if (user.isEmpty()) {
      // 401 from the one exception table; the page is the form again, with the name kept.
      ErrorView.set(ctx, (c, problem, e) -> render(c, next, username, problem.detail()));
      throw new UnauthenticatedException("Wrong username or password.");
    }
    WebSession session = workflow.accounts().openSession(user.get(), sessionLifetime);
    Authentication.setSessionCookie(ctx, session, sessionLifetime.toSeconds());
    ctx.removeCookie(LOGIN_COOKIE, "/login");
    ctx.redirect(next, HttpStatus.SEE_OTHER);
  }

  /** {@code POST /logout}: ends the session in the store (CSRF checked before) and goes home. */
  public void signOut(Context ctx) {
    Principal principal = Principal.of(ctx);
    // Only a signed-in request (which passed the CSRF check) clears the cookie: an anonymous POST
    // from another site must not sign the reader out.
    principal
        .session()
        .ifPresent(
            s -> {
              workflow.accounts().closeSession(s.id());
              Authentication.clearSessionCookie(ctx);
            });
    ctx.redirect("/", HttpStatus.SEE_OTHER);
  }

  private void render(Context ctx, String next, String username, String message) {
    String token = tokens.issue();
    int seconds = (int) LoginTokens.LIFETIME.toSeconds();
    ctx.cookie(Authentication.cookie(ctx, LOGIN_COOKIE, token, "/login", seconds, SameSite.STRICT));
    ctx.header("Cache-Control", "no-store");
    pages.render(ctx, "login.jte", Map.of("page", new LoginPage(next, token, username, message)));
  }

  /**
   * {@code next} when it is a path on this site, else {@code /}: no scheme, no host, no {@code //}
   * or {@code /\} (browsers read both as another host), no control characters. An open redirect
   * would let a phishing link borrow our sign-in page.
   */
  static String safeNext(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.startsWith("/\\")
        || next.chars().anyMatch(c -> c < 0x21 || c == 0x7f || c == '\\')) {
      return "/";
    }
    return next;
  }
}
