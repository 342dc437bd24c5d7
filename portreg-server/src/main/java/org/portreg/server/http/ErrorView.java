package org.portreg.server.http;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * How the page a request is rendering shows a failure itself: a form that shows its errors next to
 * the fields, a listing that shows why its query is malformed. A handler declares it before the
 * step that may fail and clears it after; the one exception handler sets the status from {@link
 * ProblemDetails} and, for a browser, hands the page to the view instead of the plain error page.
 * So no handler catches an exception to choose a status.
 */
@FunctionalInterface
public interface ErrorView {
  /** Renders the page for {@code problem}, whose status is already set, caused by {@code cause}. */
  void render(Context ctx, ProblemDetails problem, Exception cause);

  /** Declares how the page of {@code ctx} shows a failure from here on. */
  static void set(Context ctx, ErrorView view) {
    ctx.attribute(ErrorView.class.getName(), view);
  }

  /** Back to the plain error page for what fails from here on. */
  static void clear(Context ctx) {
    ctx.attribute(ErrorView.class.getName(), null);
  }

  /** The view declared for {@code ctx}, if any. */
  static Optional<ErrorView> of(Context ctx) {
    return Optional.ofNullable(ctx.attribute(ErrorView.class.getName()));
  }
}
