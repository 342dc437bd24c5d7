package org.portreg.format.services;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.portreg.model.Transport;

/**
 * What a services(5) file holds. Whatever the options, only assigned records with a service name, a
 * port and a transport are written (reserved and unassigned rows, and name-only registrations, are
 * left out); a historic name (RFC 6335 §10.1) becomes an alias on its replacement's line; a name
 * assigned on several ports gets a line on each, in registry order, so a lookup by name finds the
 * first and a lookup by port finds every one.
 *
 * @param transports the transports to write, for example only tcp and udp for musl's resolver
 * @param expandRanges true: a record for a range ({@code x11 6000-6063}) gives one line per port;
 *     false: such records are left out
 */
public record ServicesOptions(Set<Transport> transports, boolean expandRanges) {
  /** Every transport, ranges left out. */
  public static final ServicesOptions DEFAULT =
      new ServicesOptions(EnumSet.allOf(Transport.class), false);

  /** Copies the transports and checks there is at least one. */
  public ServicesOptions {
    Objects.requireNonNull(transports, "transports");
    if (transports.isEmpty()) {
      throw new IllegalArgumentException("transports must name at least one transport");
    }
    transports = Set.copyOf(transports);
  }

  /** A copy limited to {@code only}. */
  public ServicesOptions withTransports(Set<Transport> only) {
    return new ServicesOptions(only, expandRanges);
  }

  /** A copy that expands ranges ({@code true}) or leaves them out. */
  public ServicesOptions withExpandRanges(boolean expand) {
    return new ServicesOptions(transports, expand);
  }
}
