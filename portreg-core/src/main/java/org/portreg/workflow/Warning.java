package org.portreg.workflow;

import java.util.List;
import java.util.Objects;
import org.portreg.model.ServiceRecord;

/**
 * Something the expert should look at; unlike a {@link Violation} it does not block a request.
 *
 * @param code what kind of warning
 * @param message what was found, naming the request's values
 * @param related the existing records the warning is about, in registry order
 */
public record Warning(WarningCode code, String message, List<ServiceRecord> related) {
  /** Copies the list and checks no component is null. */
  public Warning {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    related = List.copyOf(related);
  }
}
