package org.portreg.local;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.portreg.error.InvalidInputException;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;

/** What {@code check} is asked about: a port or range on some transports, or a service name. */
public sealed interface CheckItem {
  /** The transports a port is checked on when none is named. */
  Set<Transport> DEFAULT_TRANSPORTS = Set.of(Transport.TCP, Transport.UDP);

  /** As the user wrote it, for output. */
  String text();

  /**
   * A port or range on some transports.
   *
   * @param ports the port or range
   * @param transports the transports, never empty
   */
  record Port(PortRange ports, Set<Transport> transports) implements CheckItem {
    /** Copies the transports and checks there is one. */
    public Port {
      Objects.requireNonNull(ports, "ports");
      if (transports.isEmpty()) {
        throw new IllegalArgumentException("a port is checked on at least one transport");
      }
      transports = Set.copyOf(EnumSet.copyOf(transports));
    }

    @Override
    public String text() {
      StringBuilder text = new StringBuilder(ports.toString()).append('/');
      String sep = "";
      for (Transport t : Transport.values()) {
        if (transports.contains(t)) {
          text.append(sep).append(t.token());
          sep = ",";
        }
      }
      return text.toString();
    }
  }

  /** A service name, checked as written. */
  record Name(String name) implements CheckItem {
    /** Checks the name is not null. */
    public Name {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String text() {
      return name;
    }
  }

  /**
   * Parses {@code PORT}, {@code PORT/TRANSPORT}, {@code FIRST-LAST[/TRANSPORT]} or a service name.
   * Without a transport a port is checked on tcp and udp.
   *
   * @throws InvalidInputException when a port, range or transport is malformed
   */
  static CheckItem parse(String text) {
    String item = text.strip();
    if (item.isEmpty() || !Character.isDigit(item.charAt(0))) {
      return new Name(item);
    }
    int slash = item.indexOf('/');
    String ports = slash < 0 ? item : item.substring(0, slash);
    Set<Transport> transports = EnumSet.noneOf(Transport.class);
    if (slash < 0) {
      transports.addAll(DEFAULT_TRANSPORTS);
    } else {
      for (String token : item.substring(slash + 1).split(",", -1)) {
        transports.add(
            Transport.parse(token.strip())
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            "transport must be tcp, udp, sctp or dccp, was '"
                                + token
                                + "' in '"
                                + item
                                + "'")));
      }
    }
    try {
      return new Port(PortRange.parse(ports), transports);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(e.getMessage(), e);
    }
  }
}
