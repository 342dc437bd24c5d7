package org.portreg.index;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.portreg.model.ServiceRecord;

/**
 * The answer to a lookup by service name.
 *
 * @param name the service name the records carry, in the registry's spelling
 * @param historicName when the query named a historic name (RFC 6335 §10.1), that name in the
 *     registry's spelling; the records are then those of its well-formed replacement {@code name}
 * @param records the records of {@code name} in registry order, never empty
 */
public record NameMatch(String name, Optional<String> historicName, List<ServiceRecord> records) {
  /** Copies the records and checks no component is null. */
  public NameMatch {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(historicName, "historicName");
    records = List.copyOf(records);
  }

  /** Whether the query named a historic name and was resolved to its replacement. */
  public boolean isResolvedFromHistoric() {
    return historicName.isPresent();
  }
}
