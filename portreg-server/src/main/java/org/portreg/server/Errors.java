package org.portreg.server;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.List;
import java.util.Locale;
import org.portreg.server.http.ErrorView;
import org.portreg.server.http.JsonBody;
import org.portreg.server.http.ProblemDetails;
import org.portreg.server.http.RateLimitedException;
import org.portreg.server.web.Pages;
import org.portreg.server.workflow.RequestsJson;
import org.portreg.workflow.InvalidRequestException;
import org.portreg.workflow.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers failed requests: RFC 9457 {@code application/problem+json} for the API and for clients
 * that ask for JSON, an HTML error page otherwise. Server faults are logged here, with their stack
 * trace, and never shown to the client. Thread-safe.
 */
final class Errors {
  static final String PROBLEM_JSON = "application/problem+json; charset=utf-8";
  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

  private final Pages pages;

  Errors(Pages pages) {
    this.pages = pages;
  }

  /** The exception handler of every route. */
  void handle(Exception e, Context ctx) {
    ProblemDetails problem = ProblemDetails.of(e);
    if (problem.isServerError()) {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
    }
    ctx.status(problem.status());
    ctx.disableCompression();
    if (e instanceof RateLimitedException limited) {
      ctx.header(Header.RETRY_AFTER, String.valueOf(limited.retryAfterSeconds()));
    }
    if (problem.status() == 401) {
      ctx.header(Header.WWW_AUTHENTICATE, "Bearer realm=\"portreg\"");
    }
    if (wantsJson(ctx)) {
      ctx.contentType(PROBLEM_JSON);
      ctx.result(body(problem, ctx.path(), violationsOf(e)));
    } else {
      ErrorView.of(ctx).orElse((c, p, cause) -> pages.error(c, p)).render(ctx, problem, e);
    }
  }

  /** API paths, downloads asked for by machines, and clients that accept JSON but not HTML. */
  static boolean wantsJson(Context ctx) {
    if (ctx.path().startsWith("/api/")) {
      return true;
    }
    String accept = ctx.header(Header.ACCEPT);
    String lower = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
    return lower.contains("json") && !lower.contains("html");
  }

  private static List<Violation> violationsOf(Exception e) {
    return e instanceof InvalidRequestException invalid ? invalid.violations() : List.of();
  }

  static byte[] body(ProblemDetails problem, String instance) {
    return body(problem, instance, List.of());
  }

  /** The problem document; an invalid request's violations go in a {@code violations} member. */
  static byte[] body(ProblemDetails problem, String instance, List<Violation> violations) {
    return JsonBody.of(
        json -> {
          json.writeStartObject();
          json.writeStringField("type", problem.type());
          json.writeStringField("title", problem.title());
          json.writeNumberField("status", problem.status());
          json.writeStringField("detail", problem.detail());
          json.writeStringField("instance", instance);
          if (!violations.isEmpty()) {
            json.writeFieldName("violations");
            RequestsJson.writeViolations(json, violations);
          }
          json.writeEndObject();
        });
  }
}
