package org.portreg.workflow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.portreg.error.ConflictException;
import org.portreg.model.PortRange;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.rules.ServiceNames;

/**
 * Puts new records where the registry keeps them. Port records go at their port, replacing the
 * records that covered the port on the requested transports and splitting ranges around it: {@code
 * Unassigned 4461-4483} becomes {@code 4461-4479}, the new records, {@code 4481-4483}. A covering
 * record without protocol leaves an explicit record at the port for tcp and udp when they are not
 * requested (the registry has no explicit sctp or dccp Unassigned rows). Name-only records go after
 * the last name-only record whose name sorts before theirs (case-insensitive), as the registry's
 * name-only section is (nearly) alphabetical.
 */
final class Placement {
  private static final Comparator<ServiceRecord> BY_TRANSPORT =
      Comparator.comparingInt(r -> r.protocol().map(Enum::ordinal).orElse(-1));

  private Placement() {}

  /**
   * The records with {@code added} placed at {@code port}.
   *
   * @param replaceable which covering records may be replaced; any other one is a conflict
   */
  static List<ServiceRecord> onPort(
      List<ServiceRecord> records,
      int port,
      Set<Transport> transports,
      List<ServiceRecord> added,
      Predicate<ServiceRecord> replaceable) {
    List<Integer> covering = covering(records, port, transports);
    for (int i : covering) {
      if (!replaceable.test(records.get(i))) {
        throw new ConflictException(
            "port " + port + " is not available: " + RecordText.describe(records.get(i)));
      }
    }
    List<ServiceRecord> result = new ArrayList<>(records);
    if (covering.isEmpty()) {
      result.addAll(insertionPoint(records, port), sorted(added));
      return result;
    }
    List<ServiceRecord> replacement = split(records, covering, port, transports, added);
    for (int k = covering.size() - 1; k >= 0; k--) {
      result.remove((int) covering.get(k));
    }
    result.addAll(covering.get(0), replacement);
    return result;
  }

  /** The records that {@link #onPort} replaces. */
  static List<ServiceRecord> replaced(List<ServiceRecord> records, int port, Set<Transport> ts) {
    return covering(records, port, ts).stream().map(records::get).toList();
  }

  private static List<Integer> covering(List<ServiceRecord> records, int port, Set<Transport> ts) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      ServiceRecord r = records.get(i);
      if (ts.stream().anyMatch(t -> RegistryView.covers(r, port, t))) {
        found.add(i);
      }
    }
    return found;
  }

  private static List<ServiceRecord> split(
      List<ServiceRecord> records,
      List<Integer> covering,
      int port,
      Set<Transport> transports,
      List<ServiceRecord> added) {
    List<ServiceRecord> before = new ArrayList<>();
    List<ServiceRecord> middle = new ArrayList<>(added);
    List<ServiceRecord> after = new ArrayList<>();
    for (int i : covering) {
      ServiceRecord r = records.get(i);
      PortRange range = r.number().orElseThrow();
      if (range.first() < port) {
        before.add(RecordFactory.withPorts(r, range.first(), port - 1));
      }
      leftoverTransports(r, transports)
          .forEach(t -> middle.add(RecordFactory.narrowed(r, port, t)));
      if (port < range.last()) {
        after.add(RecordFactory.withPorts(r, port + 1, range.last()));
      }
    }
    List<ServiceRecord> all = new ArrayList<>(before);
    all.addAll(sorted(middle));
    all.addAll(after);
    return all;
  }

  private static Set<Transport> leftoverTransports(ServiceRecord r, Set<Transport> requested) {
    Set<Transport> left = EnumSet.noneOf(Transport.class);
    if (r.protocol().isEmpty()) {
      left.add(Transport.TCP);
      left.add(Transport.UDP);
      left.removeAll(requested);
    }
    return left;
  }

  private static List<ServiceRecord> sorted(List<ServiceRecord> records) {
    return records.stream().sorted(BY_TRANSPORT).toList();
  }

  /** Before the first port record that starts above {@code port}, else after the last one. */
  private static int insertionPoint(List<ServiceRecord> records, int port) {
    int last = -1;
    for (int i = 0; i < records.size(); i++) {
      Optional<PortRange> n = records.get(i).number();
      if (n.isPresent() && n.get().first() > port) {
        return i;
      }
      if (n.isPresent()) {
        last = i;
      }
    }
    return last + 1;
  }

  /** The records with name-only {@code added} placed in the name-only section. */
  static List<ServiceRecord> nameOnly(List<ServiceRecord> records, List<ServiceRecord> added) {
    int start = insertionPoint(records, PortRange.MAX_PORT);
    ServiceRecord first = added.get(0);
    int at = start;
    for (int i = records.size() - 1; i >= start; i--) {
      if (sortsBefore(records.get(i), first)) {
        at = i + 1;
        break;
      }
    }
    List<ServiceRecord> result = new ArrayList<>(records);
    result.addAll(at, sorted(added));
    return result;
  }

  private static boolean sortsBefore(ServiceRecord existing, ServiceRecord added) {
    String a = ServiceNames.key(existing.serviceName().orElse(""));
    String b = ServiceNames.key(added.serviceName().orElse(""));
    int byName = a.compareTo(b);
    return byName < 0 || (byName == 0 && BY_TRANSPORT.compare(existing, added) <= 0);
  }
}
