package org.portreg.model;

import java.util.Locale;
import java.util.Optional;

/** The transport protocols the registry assigns ports for. */
public enum Transport {
  TCP,
  UDP,
  SCTP,
  DCCP;

  private final String token = name().toLowerCase(Locale.ROOT);

  /** The registry's spelling: {@code tcp}, {@code udp}, {@code sctp} or {@code dccp}. */
  public String token() {
    return token;
  }

  /**
   * Parses a transport token, case-insensitively.
   *
   * @return the transport, or empty when {@code text} names none
   */
  public static Optional<Transport> parse(String text) {
    for (Transport t : values()) {
      if (t.token.equalsIgnoreCase(text)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return token;
  }
}
