package org.portreg.cli.common;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.portreg.model.Transport;

/** The {@code --transport} list of {@code free}, {@code local add} and the like. */
public final class TransportList {
  private TransportList() {}

  /**
   * The transports of the list's words (each trimmed); a word that names none is a usage error
   * (exit 2), for every command that takes the list.
   */
  public static Set<Transport> parse(List<String> words) {
    Set<Transport> set = EnumSet.noneOf(Transport.class);
    for (String t : words) {
      Optional<Transport> transport = Transport.parse(t.strip());
      if (transport.isEmpty()) {
        throw new UsageException("--transport must list tcp, udp, sctp or dccp, was '" + t + "'");
      }
      set.add(transport.get());
    }
    return set;
  }
}
