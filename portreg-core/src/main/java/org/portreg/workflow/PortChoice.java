package org.portreg.workflow;

import org.portreg.error.InvalidInputException;
import org.portreg.model.PortRange;
import org.portreg.rules.PortSpace;

/**
 * The port a request asks for (RFC 6335 §8.1.1): a number, any free port of a space, or none for a
 * service-name-only registration.
 */
public sealed interface PortChoice {

  /** A specific port number. */
  record Specific(int port) implements PortChoice {
    /** Checks the port is in 0..65535. */
    public Specific {
      PortRange.of(port);
    }
  }

  /** Any free port of the System or User space; the Dynamic space is refused. */
  record Any(PortSpace space) implements PortChoice {
    /** Checks the space is assignable. */
    public Any {
      if (!space.isAssignable()) {
        throw new InvalidInputException(
            "port space must be SYSTEM or USER (Dynamic ports are never assigned), was " + space);
      }
    }
  }

  /** No port: a service name only, first come first served. */
  record NameOnly() implements PortChoice {}

  /** The port {@code port}. */
  static PortChoice of(int port) {
    return new Specific(port);
  }

  /** Any free User port. */
  static PortChoice anyUserPort() {
    return new Any(PortSpace.USER);
  }

  /** Any free System port. */
  static PortChoice anySystemPort() {
    return new Any(PortSpace.SYSTEM);
  }

  /** No port. */
  static PortChoice nameOnly() {
    return new NameOnly();
  }
}
