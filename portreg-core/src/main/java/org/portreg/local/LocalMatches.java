package org.portreg.local;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.portreg.model.PartialDate;
import org.portreg.model.PortRange;
import org.portreg.model.RecordStatus;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.model.Xref;
import org.portreg.rules.ServiceNames;
import org.portreg.search.SearchQuery;

/**
 * The local assignments a lookup or a search shows beside IANA's records: those on a port or range
 * (on one transport or any), those of a name, and those a registry search matches, with the
 * registry's own semantics (docs/search.md) over their {@link LocalColumns}. Every answer is in one
 * order: by first port (name-only entries first), then by name. Stateless.
 */
public final class LocalMatches {
  private static final Comparator<LocalAssignment> ORDER = new Order();

  private LocalMatches() {}

  /** The entries holding a port of {@code ports} on {@code transport} (null: on any). */
  public static List<LocalAssignment> onPorts(
      List<LocalAssignment> local, PortRange ports, Transport transport) {
    List<LocalAssignment> found = new ArrayList<>();
    for (LocalAssignment a : local) {
      if (LocalColumns.holdsAny(a, ports, transport)) {
        found.add(a);
      }
    }
    return sorted(found);
  }

  /**
   * The entry named {@code name} (case-insensitively), when it has no ports or holds them on {@code
   * transport} (null: any).
   */
  public static List<LocalAssignment> named(
      List<LocalAssignment> local, String name, Transport transport) {
    List<LocalAssignment> found = new ArrayList<>();
    for (LocalAssignment a : local) {
      if (ServiceNames.same(a.name(), name)
          && (transport == null || a.transports().contains(transport))) {
        found.add(a);
      }
    }
    return sorted(found);
  }

  /**
   * The entries {@code query} matches: an entry matches when one of its rows (one per transport)
   * matches every term. Text terms see the twelve {@link LocalColumns} (name, ports, transport,
   * description, owner, contact, since, notes); {@code port:}, {@code proto:} and {@code name:} its
   * ports, transport and name; {@code assignee:} its owner; {@code updated:} its since date; {@code
   * status:} takes it as assigned. A blank query matches none: a listing of the whole registry is
   * IANA's alone.
   */
  public static List<LocalAssignment> search(List<LocalAssignment> local, SearchQuery query) {
    List<LocalAssignment> found = new ArrayList<>();
    if (query.termCount() == 0) {
      return found;
    }
    for (LocalAssignment a : local) {
      if (matches(a, query)) {
        found.add(a);
      }
    }
    return sorted(found);
  }

  private static boolean matches(LocalAssignment a, SearchQuery query) {
    List<Transport> transports = LocalColumns.transports(a);
    if (transports.isEmpty()) {
      return matches(a, null, query);
    }
    for (Transport t : transports) {
      if (matches(a, t, query)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(LocalAssignment a, Transport t, SearchQuery query) {
    ServiceRecord.Builder record =
        ServiceRecord.builder().name(a.name()).description(a.description());
    if (a.ports().isPresent()) {
      record.number(a.ports().get());
    }
    if (t != null) {
      record.protocol(t);
    }
    record.addAssignee(Xref.person(a.owner()));
    if (a.since().isPresent()) {
      record.registered(PartialDate.of(a.since().get()));
    }
    List<String> columns = Arrays.asList(LocalColumns.of(a, t));
    return query.matches(record.build(), RecordStatus.ASSIGNED, columns);
  }

  /**
   * By first port, then by name. A class, not a lambda: the command line's cold paths use it, and
   * the first lambda of a JVM costs more than the lookup.
   */
  private static final class Order implements Comparator<LocalAssignment> {
    @Override
    public int compare(LocalAssignment a, LocalAssignment b) {
      int byPort = Integer.compare(first(a), first(b));
      return byPort != 0 ? byPort : a.key().compareTo(b.key());
    }

    private static int first(LocalAssignment a) {
      return a.ports().isPresent() ? a.ports().get().first() : -1;
    }
  }

  /** {@code local} in the order every answer has. */
  public static List<LocalAssignment> sorted(List<LocalAssignment> local) {
    List<LocalAssignment> copy = new ArrayList<>(local);
    copy.sort(ORDER);
    return copy;
  }
}
