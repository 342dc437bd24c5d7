package org.portreg.cli.common;

import java.util.List;
import org.portreg.local.Acknowledgement;
import org.portreg.local.LocalAssignment;

/**
 * The organisation's current local assignments and the findings someone acknowledged, as the read
 * commands take them from the database (or its {@link DbSnapshot}): what {@code lookup} and {@code
 * search} show beside IANA's records, {@code free} avoids and {@code check} checks against.
 *
 * @param entries the current local assignments, in the store's order
 * @param acknowledgements the acknowledged findings
 */
public record LocalOverlay(List<LocalAssignment> entries, List<Acknowledgement> acknowledgements) {
  /** No local assignment, nothing acknowledged: a registry file's overlay. */
  public static final LocalOverlay NONE = new LocalOverlay(List.of(), List.of());

  /** Copies the lists. */
  public LocalOverlay {
    entries = List.copyOf(entries);
    acknowledgements = List.copyOf(acknowledgements);
  }
}
