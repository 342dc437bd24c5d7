package org.portreg.local;

import java.util.ArrayList;
import java.util.List;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;

/**
 * A local assignment in IANA's twelve columns ({@code org.portreg.format.RecordColumns} order), as
 * every table that shows local entries beside IANA's records puts it: the name, the port or range,
 * the transport, the description, the owner in the Assignee column, the contact, {@code since} as
 * the Registration Date and the notes; one row per transport (one without a transport for a
 * name-only entry). Written without lambdas or regular expressions: the command line's cold paths
 * use it. Stateless.
 */
public final class LocalColumns {
  /** The source word of a local row, where a table marks IANA's rows {@code IANA}. */
  public static final String SOURCE = "local";

  private LocalColumns() {}

  /** The rows of {@code a}, one per transport in {@link Transport} order. */
  public static List<String[]> rows(LocalAssignment a) {
    List<String[]> rows = new ArrayList<>(Math.max(1, a.transports().size()));
    for (Transport t : transports(a)) {
      rows.add(of(a, t));
    }
    if (rows.isEmpty()) {
      rows.add(of(a, null));
    }
    return rows;
  }

  /** The twelve values of {@code a} on {@code transport} (null: none). */
  public static String[] of(LocalAssignment a, Transport transport) {
    return new String[] {
      a.name(),
      a.ports().isPresent() ? a.ports().get().toString() : "",
      transport == null ? "" : transport.token(),
      oneLine(a.description()),
      a.owner(),
      a.contact(),
      a.since().isPresent() ? a.since().get().toString() : "",
      "",
      "",
      "",
      "",
      oneLine(a.notes())
    };
  }

  /** The transports of {@code a} in {@link Transport} order. */
  public static List<Transport> transports(LocalAssignment a) {
    List<Transport> sorted = new ArrayList<>(a.transports().size());
    for (Transport t : Transport.values()) {
      if (a.transports().contains(t)) {
        sorted.add(t);
      }
    }
    return sorted;
  }

  /** The ports as written ({@code 8080}, {@code 9100-9199}), or empty for a name-only entry. */
  public static String ports(LocalAssignment a) {
    return a.ports().isPresent() ? a.ports().get().toString() : "";
  }

  /** The transports as {@code tcp,udp}, or empty. */
  public static String transportsText(LocalAssignment a) {
    StringBuilder text = new StringBuilder();
    for (Transport t : transports(a)) {
      text.append(text.length() == 0 ? "" : ",").append(t.token());
    }
    return text.toString();
  }

  /** Every run of white space as one space, the ends stripped: a table cell's text. */
  public static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        space = true;
      } else {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    return out.toString().strip();
  }

  /** Whether {@code a} holds a port of {@code ports} on {@code transport} (null: on any). */
  static boolean holdsAny(LocalAssignment a, PortRange ports, Transport transport) {
    return a.ports().isPresent()
        && a.ports().get().overlaps(ports)
        && (transport == null ? !a.transports().isEmpty() : a.transports().contains(transport));
  }
}
