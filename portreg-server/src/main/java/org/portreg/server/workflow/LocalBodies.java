package org.portreg.server.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.portreg.error.InvalidInputException;
import org.portreg.error.RegistryFormatException;
import org.portreg.local.LocalAssignment;
import org.portreg.local.LocalRequests;
import org.portreg.server.http.JsonInput;
import org.portreg.workflow.RequestTarget;
import org.portreg.workflow.Violation;

/**
 * The bodies of {@code POST /api/v1/requests}: which registry one is for (its top-level {@code
 * target}, IANA's when absent), and a local request's entry (docs/local.md: the members of a local
 * entry and {@code "target": "local"}). Stateless.
 */
final class LocalBodies {
  private LocalBodies() {}

  /**
   * The target {@code body} names. A body that is no JSON object is IANA's, whose reader then says
   * what is wrong with it.
   *
   * @throws InvalidInputException (400) for a target other than {@code iana} or {@code local}
   */
  static RequestTarget target(byte[] body) {
    JsonNode root;
    try {
      root = JsonInput.MAPPER.readTree(body);
    } catch (IOException e) {
      return RequestTarget.IANA;
    }
    JsonNode target = root == null || !root.isObject() ? null : root.get("target");
    if (target == null || target.isNull()) {
      return RequestTarget.IANA;
    }
    return RequestTarget.parse(target.isTextual() ? target.asText() : "")
        .orElseThrow(
            () ->
                new InvalidInputException("'target' must be \"iana\" or \"local\", was " + target));
  }

  /**
   * The entry of a local request's body.
   *
   * @throws InvalidInputException (400) naming the line, column and member at fault
   */
  static LocalAssignment entry(byte[] body) {
    try {
      return LocalRequests.read(body, "request body", true);
    } catch (RegistryFormatException e) {
      throw new InvalidInputException(e.getMessage(), e);
    }
  }

  /** No violation when the local entry in {@code body} reads (else a 400, as {@link #entry}). */
  static List<Violation> valid(byte[] body) {
    entry(body);
    return List.of();
  }
}
