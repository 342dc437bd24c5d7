package org.portreg.history;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;

/**
 * What a change log is asked for: a service name (compared case-insensitively), or a port with an
 * optional transport. A port also matches the ranges that contain it.
 *
 * @param name the service name, or empty for a port query
 * @param port the port, or empty for a name query
 * @param transport the transport a port query is limited to, if any
 */
public record HistoryQuery(
    Optional<String> name, Optional<Integer> port, Optional<Transport> transport) {
  private static final Pattern PORT = Pattern.compile("(\\d{1,5})(?:/([A-Za-z]+))?");

  /** Checks exactly one of name and port is given, and the port is in range. */
  public HistoryQuery {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(port, "port");
    Objects.requireNonNull(transport, "transport");
    if (name.isPresent() == port.isPresent()) {
      throw new IllegalArgumentException("a history query needs a name or a port, not both");
    }
    port.ifPresent(p -> PortRange.of(p));
  }

  /**
   * Parses {@code NAME}, {@code PORT} or {@code PORT/TRANSPORT}, such as {@code ssh}, {@code 22} or
   * {@code 22/tcp}.
   *
   * @throws IllegalArgumentException for an unknown transport or a port above 65535
   */
  public static HistoryQuery parse(String text) {
    String query = text.strip();
    Matcher m = PORT.matcher(query);
    if (!m.matches()) {
      if (query.isEmpty()) {
        throw new IllegalArgumentException("a history query must not be empty");
      }
      return new HistoryQuery(Optional.of(query), Optional.empty(), Optional.empty());
    }
    Optional<Transport> transport = Optional.empty();
    if (m.group(2) != null) {
      transport =
          Optional.of(
              Transport.parse(m.group(2).toLowerCase(Locale.ROOT))
                  .orElseThrow(
                      () -> new IllegalArgumentException("unknown transport " + m.group(2))));
    }
    return new HistoryQuery(Optional.empty(), Optional.of(Integer.parseInt(m.group(1))), transport);
  }

  @Override
  public String toString() {
    return name.orElseGet(() -> port.get() + transport.map(t -> "/" + t.token()).orElse(""));
  }
}
