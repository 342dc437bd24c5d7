package org.portreg.server;

import io.javalin.http.HttpResponseException;
import java.util.Objects;
import org.portreg.error.ConflictException;
import org.portreg.error.NotFoundException;
import org.portreg.error.PermissionDeniedException;
import org.portreg.error.RegistryFormatException;
import org.portreg.error.StateChangeRefusedException;
import org.portreg.workflow.InvalidRequestException;

/**
 * An RFC 9457 problem: what the server says when a request fails. {@link #of(Exception)} is the one
 * place exceptions become HTTP statuses.
 *
 * @param status the HTTP status
 * @param slug the problem type's last segment, such as {@code not-found}
 * @param title the summary, the same for every problem of the type
 * @param detail what went wrong with this request; never a stack trace
 */
record Problem(int status, String slug, String title, String detail) {
  /** The problem type URIs' prefix: names, not locations. */
  static final String TYPE_PREFIX = "urn:portreg:problem:";

  Problem {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(detail, "detail");
  }

  /** The problem type URI. */
  String type() {
    return TYPE_PREFIX + slug;
  }

  /** Whether the server is at fault, so the cause deserves a log entry. */
  boolean isServerError() {
    return status >= 500 && status != 501;
  }

  /** Maps an exception to its problem; unknown exceptions are internal errors without details. */
  static Problem of(Exception e) {
    if (e instanceof NotFoundException) {
      return new Problem(404, "not-found", "Not Found", e.getMessage());
    }
    if (e instanceof IllegalArgumentException) {
      return new Problem(400, "bad-request", "Bad Request", e.getMessage());
    }
    if (e instanceof RegistryFormatException) {
      return new Problem(422, "invalid-registry-data", "Invalid Registry Data", e.getMessage());
    }
    if (e instanceof UnauthenticatedException) {
      return new Problem(401, "unauthorized", "Unauthorized", e.getMessage());
    }
    if (e instanceof PermissionDeniedException) {
      return new Problem(403, "forbidden", "Forbidden", e.getMessage());
    }
    if (e instanceof InvalidRequestException) {
      return new Problem(422, "invalid-request", "Invalid Request", e.getMessage());
    }
    if (e instanceof RateLimitedException) {
      return new Problem(429, "too-many-requests", "Too Many Requests", e.getMessage());
    }
    if (e instanceof StateChangeRefusedException) {
      return new Problem(409, "refused-state-change", "Conflict", e.getMessage());
    }
    if (e instanceof ConflictException) {
      return new Problem(409, "conflict", "Conflict", e.getMessage());
    }
    if (e instanceof FeatureUnavailableException) {
      return new Problem(501, "not-implemented", "Not Implemented", e.getMessage());
    }
    if (e instanceof HttpResponseException h) {
      return ofStatus(h.getStatus(), h.getMessage());
    }
    return new Problem(
        500, "internal-error", "Internal Server Error", "the server failed; see its log");
  }

  /** The problem of an HTTP status raised outside our handlers. */
  static Problem ofStatus(int status, String message) {
    return switch (status) {
      case 401 -> new Problem(401, "unauthorized", "Unauthorized", message);
      case 403 -> new Problem(403, "forbidden", "Forbidden", message);
      case 404 -> new Problem(404, "not-found", "Not Found", message);
      case 405 -> new Problem(405, "method-not-allowed", "Method Not Allowed", message);
      case 413 -> new Problem(413, "content-too-large", "Content Too Large", message);
      default ->
          status < 500
              ? new Problem(status, "bad-request", "Bad Request", message)
              : new Problem(status, "internal-error", "Internal Server Error", "the server failed");
    };
  }
}
