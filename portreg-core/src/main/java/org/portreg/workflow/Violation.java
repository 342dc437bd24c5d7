package org.portreg.workflow;

import java.util.Objects;

/**
 * One rule a request breaks.
 *
 * @param field the request field, such as {@code serviceName} or {@code port}
 * @param rule a short stable code for the rule, such as {@code name-taken}
 * @param message what is wrong, naming the field and the value
 */
public record Violation(String field, String rule, String message) {
  /** Checks no component is null. */
  public Violation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return field + ": " + message + " [" + rule + "]";
  }
}
