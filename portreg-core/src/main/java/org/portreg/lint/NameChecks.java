package org.portreg.lint;

import static org.portreg.lint.RegistryLint.describe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.portreg.lint.RegistryLint.Context;
import org.portreg.model.PortRange;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.rules.RecordRules;
import org.portreg.rules.ServiceNames;

/** The rules about service names: syntax, aliases, duplicates, ports per name, transports. */
final class NameChecks {
  private NameChecks() {}

  static void check(Context context) {
    List<ServiceRecord> records = context.registry.records();
    Set<String> validNames = new HashSet<>();
    for (ServiceRecord r : records) {
      r.serviceName()
          .filter(ServiceNames::isValid)
          .map(ServiceNames::key)
          .ifPresent(validNames::add);
    }
    for (ServiceRecord r : records) {
      checkSyntax(context, r, validNames);
    }
    checkDuplicates(context, records);
    checkSeveralPorts(context, records);
    checkTransportPairs(context, records);
  }

  private static void checkSyntax(Context context, ServiceRecord r, Set<String> validNames) {
    Optional<String> name = r.serviceName();
    if (name.isEmpty() || ServiceNames.isValid(name.get())) {
      return;
    }
    Optional<String> replacement = RecordRules.replacementOf(r);
    if (replacement.isEmpty()) {
      context.add(
          LintRule.NAME_SYNTAX,
          r,
          ServiceNames.violation(name.get()).orElseThrow()
              + "; rename it, or mark it historic with the note 'This entry is an alias to"
              + " \"NAME\"'");
    } else if (!validNames.contains(ServiceNames.key(replacement.get()))) {
      context.add(
          LintRule.ALIAS_TARGET,
          r,
          "historic name '"
              + name.get()
              + "' is an alias to '"
              + replacement.get()
              + "', which no record carries as a valid service name; add that record or correct"
              + " the note");
    }
  }

  private static void checkDuplicates(Context context, List<ServiceRecord> records) {
    Map<RecordKey, ServiceRecord> first = new HashMap<>();
    for (ServiceRecord r : records) {
      if (r.number().isEmpty()) {
        continue;
      }
      RecordKey key =
          new RecordKey(
              r.name().map(ServiceNames::key).orElse(""),
              r.number().get(),
              r.protocol().orElse(null));
      ServiceRecord earlier = first.putIfAbsent(key, r);
      if (earlier != null) {
        context.add(
            LintRule.DUPLICATE_RECORD,
            r,
            "duplicate record for "
                + describe(r)
                + " (first at line "
                + context.lineOf(earlier)
                + "); merge the two records or delete this one");
      }
    }
  }

  /** What makes two records duplicates: name (folded), ports and transport (null for none). */
  private record RecordKey(String name, PortRange ports, Transport transport) {}

  private static void checkSeveralPorts(Context context, List<ServiceRecord> records) {
    Map<String, List<ServiceRecord>> byName = new LinkedHashMap<>();
    for (ServiceRecord r : records) {
      if (r.number().isPresent() && r.serviceName().isPresent()) {
        byName
            .computeIfAbsent(ServiceNames.key(r.serviceName().get()), k -> new ArrayList<>())
            .add(r);
      }
    }
    for (List<ServiceRecord> same : byName.values()) {
      List<PortRange> groups = portGroups(same);
      if (groups.size() > 1) {
        context.add(
            LintRule.NAME_SEVERAL_PORTS,
            same.get(0),
            "service name '"
                + same.get(0).serviceName().orElseThrow()
                + "' is on unrelated ports "
                + groups
                + "; check that one service needs them all, or give the others their own names");
      }
    }
  }

  /** The name's ports merged where they overlap or touch, in ascending order. */
  private static List<PortRange> portGroups(List<ServiceRecord> records) {
    // Loops, not a stream: some 6,000 names pass here, in a cold JVM; most have one or two ports.
    PortRange[] ranges = new PortRange[records.size()];
    for (int i = 0; i < ranges.length; i++) {
      ranges[i] = records.get(i).number().orElseThrow();
    }
    if (ranges.length > 1) {
      Arrays.sort(ranges, (a, b) -> Integer.compare(a.first(), b.first()));
    }
    List<PortRange> groups = new ArrayList<>();
    int first = ranges[0].first();
    int last = ranges[0].last();
    for (PortRange range : ranges) {
      if (range.first() > last + 1) {
        groups.add(PortRange.of(first, last));
        first = range.first();
      }
      last = Math.max(last, range.last());
    }
    groups.add(PortRange.of(first, last));
    return groups;
  }

  private static void checkTransportPairs(Context context, List<ServiceRecord> records) {
    Set<PortRange> tcpUdp = new HashSet<>();
    for (ServiceRecord r : records) {
      if (r.protocol().filter(t -> t == Transport.TCP || t == Transport.UDP).isPresent()) {
        r.number().ifPresent(tcpUdp::add);
      }
    }
    for (ServiceRecord r : records) {
      boolean sctpOrDccp =
          r.protocol().filter(t -> t == Transport.SCTP || t == Transport.DCCP).isPresent();
      if (sctpOrDccp && r.serviceName().isPresent() && r.number().isPresent()) {
        if (!tcpUdp.contains(r.number().get())) {
          context.add(
              LintRule.TRANSPORT_PAIR,
              r,
              describe(r)
                  + " has no tcp or udp record of its own on that port; RFC 6335 assigns a port across"
                  + " transports, so reserve it for tcp and udp so that no other service takes it");
        }
      }
    }
  }
}
