package org.portreg.server.http;

import io.javalin.http.HttpResponseException;
import java.util.Map;
import java.util.Objects;
import org.eclipse.jetty.http.HttpException;
import org.portreg.error.ConflictException;
import org.portreg.error.InvalidInputException;
import org.portreg.error.NotFoundException;
import org.portreg.error.PermissionDeniedException;
import org.portreg.error.RegistryFormatException;
import org.portreg.error.StateChangeRefusedException;
import org.portreg.server.spi.FeatureUnavailableException;
import org.portreg.workflow.InvalidRequestException;

/**
 * An RFC 9457 problem: what the server says when a request fails. {@link #of(Exception)} is the one
 * place exceptions become HTTP statuses (named so as not to be confused with core's {@link
 * org.portreg.error.Problem}).
 *
 * @param status the HTTP status
 * @param slug the problem type's last segment, such as {@code not-found}
 * @param title the summary, the same for every problem of the type
 * @param detail what went wrong with this request; never a stack trace
 */
public record ProblemDetails(int status, String slug, String title, String detail) {
  /** The problem type URIs' prefix: names, not locations. */
  static final String TYPE_PREFIX = "urn:portreg:problem:";

  public ProblemDetails {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(detail, "detail");
  }

  /** The problem type URI. */
  public String type() {
    return TYPE_PREFIX + slug;
  }

  /** Whether the server is at fault, so the cause deserves a log entry. */
  public boolean isServerError() {
    return status >= 500 && status != 501;
  }

  /** A kind of problem: its status, type slug and title. */
  private record Kind(int status, String slug, String title) {
    ProblemDetails with(String detail) {
      return new ProblemDetails(status, slug, title, detail);
    }
  }

  /**
   * The one table from exception class to problem. An exception maps by its own class or, failing
   * that, by its nearest superclass in the table, so the order of the entries does not matter.
   */
  private static final Map<Class<? extends Exception>, Kind> KINDS =
      Map.ofEntries(
          Map.entry(NotFoundException.class, new Kind(404, "not-found", "Not Found")),
          Map.entry(InvalidInputException.class, new Kind(400, "bad-request", "Bad Request")),
          Map.entry(
              RegistryFormatException.class,
              new Kind(422, "invalid-registry-data", "Invalid Registry Data")),
          Map.entry(UnauthenticatedException.class, new Kind(401, "unauthorized", "Unauthorized")),
          Map.entry(PermissionDeniedException.class, new Kind(403, "forbidden", "Forbidden")),
          Map.entry(
              InvalidRequestException.class, new Kind(422, "invalid-request", "Invalid Request")),
          Map.entry(
              RateLimitedException.class, new Kind(429, "too-many-requests", "Too Many Requests")),
          Map.entry(ConflictException.class, new Kind(409, "conflict", "Conflict")),
          Map.entry(
              StateChangeRefusedException.class,
              new Kind(409, "refused-state-change", "Refused State Change")),
          Map.entry(
              FeatureUnavailableException.class,
              new Kind(501, "not-implemented", "Not Implemented")));

  /** Maps an exception to its problem; unknown exceptions are internal errors without details. */
  public static ProblemDetails of(Exception e) {
    for (Class<?> type = e.getClass(); type != null; type = type.getSuperclass()) {
      Kind kind = KINDS.get(type);
      if (kind != null) {
        return kind.with(e.getMessage());
      }
    }
    if (e instanceof HttpResponseException h) {
      return ofStatus(h.getStatus(), h.getMessage());
    }
    // Jetty's own refusals met while a handler reads the request, such as a chunked body that
    // turns out larger than the limit: the client's fault, with Jetty's status.
    if (e instanceof HttpException jetty && jetty.getCode() >= 400 && jetty.getCode() < 500) {
      return ofStatus(
          jetty.getCode(), jetty.getReason() == null ? "request refused" : jetty.getReason());
    }
    return new ProblemDetails(
        500, "internal-error", "Internal Server Error", "the server failed; see its log");
  }

  /** The problem of an HTTP status raised outside our handlers. */
  public static ProblemDetails ofStatus(int status, String message) {
    return switch (status) {
      case 401 -> new ProblemDetails(401, "unauthorized", "Unauthorized", message);
      case 403 -> new ProblemDetails(403, "forbidden", "Forbidden", message);
      case 404 -> new ProblemDetails(404, "not-found", "Not Found", message);
      case 405 -> new ProblemDetails(405, "method-not-allowed", "Method Not Allowed", message);
      case 413 -> new ProblemDetails(413, "content-too-large", "Content Too Large", message);
      default ->
          status < 500
              ? new ProblemDetails(status, "bad-request", "Bad Request", message)
              : new ProblemDetails(
                  status, "internal-error", "Internal Server Error", "the server failed");
    };
  }
}
