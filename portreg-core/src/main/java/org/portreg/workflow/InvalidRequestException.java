package org.portreg.workflow;

import java.util.List;
import java.util.stream.Collectors;
import org.portreg.error.RegistryException;

/** A request that breaks rules of RFC 6335 against the registry; carries every violation. */
public class InvalidRequestException extends RegistryException {
  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  /**
   * An exception for a request for {@code serviceName} and its violations.
   *
   * @throws IllegalArgumentException when there is no violation
   */
  public InvalidRequestException(String serviceName, List<Violation> violations) {
    super(messageOf(serviceName, violations));
    this.violations = List.copyOf(violations);
  }

  private static String messageOf(String serviceName, List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an invalid request needs at least one violation");
    }
    return "request for '"
        + serviceName
        + "' is invalid: "
        + violations.stream().map(Violation::message).collect(Collectors.joining("; "));
  }

  /** The violations, in the order the validator found them. */
  public List<Violation> violations() {
    return violations;
  }
}
