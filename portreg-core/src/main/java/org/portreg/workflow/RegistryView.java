package org.portreg.workflow;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.portreg.model.PortRange;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.rules.RecordRules;
import org.portreg.rules.ServiceNames;

/**
 * What the workflow asks of a registry: records by service name, the status of a (port, transport),
 * DCCP service codes in use. A record without a protocol covers every transport. Built once per
 * registry; immutable after construction.
 */
final class RegistryView implements RequestValidator.Facts {
  private final Registry registry;
  private final Map<String, List<ServiceRecord>> byName = new HashMap<>();
  private final Map<Transport, BitSet> blocked = new EnumMap<>(Transport.class);
  private final Set<Long> serviceCodes = new HashSet<>();

  private RegistryView(Registry registry) {
    this.registry = registry;
    for (Transport t : Transport.values()) {
      blocked.put(t, new BitSet(PortRange.MAX_PORT + 1));
    }
    registry.records().forEach(this::add);
  }

  /** The view of {@code registry}. */
  static RegistryView of(Registry registry) {
    return new RegistryView(registry);
  }

  private void add(ServiceRecord record) {
    record
        .serviceName()
        .ifPresent(
            n -> byName.computeIfAbsent(ServiceNames.key(n), k -> new ArrayList<>()).add(record));
    RequestValidator.Facts.serviceCodeOf(record).ifPresent(serviceCodes::add);
    if (record.number().isPresent() && !RecordRules.statusOf(record).isAvailable()) {
      PortRange range = record.number().get();
      for (Transport t : coveredTransports(record)) {
        blocked.get(t).set(range.first(), range.last() + 1);
      }
    }
  }

  /** The transports a record covers: its protocol, or all of them when it has none. */
  static Set<Transport> coveredTransports(ServiceRecord record) {
    return record.protocol().map(Set::of).orElse(Set.of(Transport.values()));
  }

  /** Whether {@code record} has a port covering {@code port} on {@code transport}. */
  static boolean covers(ServiceRecord record, int port, Transport transport) {
    return record.number().filter(n -> n.contains(port)).isPresent()
        && coveredTransports(record).contains(transport);
  }

  static Optional<Long> parseCode(String text) {
    try {
      return Optional.of(Long.parseLong(text.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty(); // written otherwise (such as SC:NAME): cannot collide numerically
    }
  }

  Registry registry() {
    return registry;
  }

  /** The records with this service name, compared case-insensitively, in registry order. */
  @Override
  public List<ServiceRecord> named(String name) {
    return byName.getOrDefault(ServiceNames.key(name), List.of());
  }

  /** Every service-name key with its records. */
  Map<String, List<ServiceRecord>> names() {
    return byName;
  }

  /** Whether (port, transport) is free: no record, or only Unassigned ones, cover it. */
  boolean isFree(int port, Transport transport) {
    return !blocked.get(transport).get(port);
  }

  /** The first record that makes (port, transport) unavailable. */
  @Override
  public Optional<ServiceRecord> blocking(int port, Transport transport) {
    return registry.records().stream()
        .filter(r -> covers(r, port, transport) && !RecordRules.statusOf(r).isAvailable())
        .findFirst();
  }

  /** Whether the DCCP service code is already used by a record. */
  @Override
  public boolean usesServiceCode(long code) {
    return serviceCodes.contains(code);
  }

  /** The lowest port of {@code range} at or above {@code from} that is free on every transport. */
  Optional<Integer> firstFree(PortRange range, Set<Transport> transports, int from) {
    BitSet any = new BitSet();
    transports.forEach(t -> any.or(blocked.get(t)));
    int port = any.nextClearBit(Math.max(from, range.first()));
    return port <= range.last() ? Optional.of(port) : Optional.empty();
  }
}
