package org.portreg.server.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.util.Locale;
import java.util.Optional;
import org.portreg.error.PermissionDeniedException;
import org.portreg.server.auth.Principal;
import org.portreg.server.http.UnauthenticatedException;
import org.portreg.workflow.Permissions;
import org.portreg.workflow.Role;
import org.portreg.workflow.User;

/**
 * Who may open a workflow page: a signed-in user holding the page's role. A page asked for without
 * signing in redirects to the sign-in form, which comes back to it; a form sent without signing in
 * is refused with 401; a user without the role gets 403.
 */
public final class Access {
  private Access() {}

  /**
   * The signed-in user holding {@code role}; empty when the answer is already a redirect to sign
   * in.
   *
   * @throws UnauthenticatedException (401) for a write without a signed-in user
   * @throws PermissionDeniedException when the user lacks {@code role}
   */
  public static Optional<User> require(Context ctx, Role role) {
    Optional<User> user = signedIn(ctx);
    if (user.isPresent() && !Permissions.holds(user.get(), role)) {
      throw new PermissionDeniedException(
          "this page is for the role "
              + role.name().toLowerCase(Locale.ROOT)
              + ", which "
              + user.get().username()
              + " does not hold");
    }
    return user;
  }

  /**
   * The signed-in user; empty when the answer is already a redirect to sign in.
   *
   * @throws UnauthenticatedException (401) for a write without a signed-in user
   */
  public static Optional<User> signedIn(Context ctx) {
    Principal principal = Principal.of(ctx);
    if (principal.user().isPresent() || ctx.method() != HandlerType.GET) {
      return Optional.of(principal.requireUser());
    }
    String next = ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
    ctx.redirect(signInPath(next), HttpStatus.SEE_OTHER);
    return Optional.empty();
  }

  /** The sign-in page that comes back to {@code next}, a local path, once signed in. */
  public static String signInPath(String next) {
    return "/login?next=" + PageModels.encode(next);
  }

  /** {@code next} when it is a path on this server, else {@code fallback}: no open redirects. */
  public static String localPath(String next, String fallback) {
    // One definition of a safe local path (SignIn.safeNext), which also refuses control characters
    // that browsers strip ("/\t/evil.example" becomes "//evil.example").
    String safe = SignIn.safeNext(next);
    return safe.equals(next) ? next : fallback;
  }
}
