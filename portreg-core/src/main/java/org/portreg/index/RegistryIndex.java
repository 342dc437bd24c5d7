package org.portreg.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.portreg.model.Person;
import org.portreg.model.PortRange;
import org.portreg.model.RecordStatus;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.rules.RecordRules;

/**
 * The lookup structure of one registry version: by (port, transport), by port, by service name
 * (case-insensitive, historic names resolved to their replacement) and by person, plus the RFC 6335
 * status of every (port, transport).
 *
 * <p>Built once with {@link #of(Registry)}; immutable and safe to share between threads without
 * locks. Lookups by (port, transport), the status queries and {@link #findByName(CharSequence)}
 * allocate nothing; the methods returning lists copy their answer. A port outside 0..65535 is an
 * {@link IllegalArgumentException}; a null argument a {@link NullPointerException}.
 */
public final class RegistryIndex implements FreePorts.Availability {
  private static final int NONE = -1;

  private final Registry registry;
  private final ServiceRecord[] records;
  private final RecordStatus[] kinds;
  private final PortTable ports;
  private final NameTable names;
  private final int[] nextSameName;
  private final int[] resolvedFirst;
  private final Map<String, int[]> byPerson;
  private final Map<String, Person> people;

  private RegistryIndex(Registry registry) {
    this.registry = registry;
    records = registry.records().toArray(new ServiceRecord[0]);
    kinds = new RecordStatus[records.length];
    String[] keys = new String[records.length];
    for (int i = 0; i < records.length; i++) {
      kinds[i] = RecordRules.statusOf(records[i]);
      keys[i] = records[i].serviceName().orElse(null);
    }
    ports = new PortTable(registry.records(), kinds);
    nextSameName = new int[records.length];
    names = new NameTable(keys, nextSameName);
    resolvedFirst = resolveHistoric();
    byPerson = indexPeople(records);
    people = new HashMap<>();
    registry.people().forEach(p -> people.putIfAbsent(p.id(), p));
  }

  /** Builds the index of {@code registry}, in time linear in its size. */
  public static RegistryIndex of(Registry registry) {
    return new RegistryIndex(Objects.requireNonNull(registry, "registry"));
  }

  /** Per record, the first record of the name it resolves to: itself or its replacement's. */
  private int[] resolveHistoric() {
    int[] resolved = new int[records.length];
    Arrays.fill(resolved, NONE);
    for (int i = 0; i < records.length; i++) {
      Optional<String> replacement = RecordRules.replacementOf(records[i]);
      int slot = replacement.isPresent() ? names.slotOf(replacement.get()) : NameTable.NONE;
      resolved[i] = slot == NameTable.NONE ? NONE : names.first(slot);
    }
    return resolved;
  }

  private static Map<String, int[]> indexPeople(ServiceRecord[] records) {
    Map<String, List<Integer>> lists = new HashMap<>();
    for (int i = 0; i < records.length; i++) {
      for (String id : records[i].personIds()) {
        lists.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
      }
    }
    Map<String, int[]> arrays = new HashMap<>();
    lists.forEach(
        (id, list) -> arrays.put(id, list.stream().mapToInt(Integer::intValue).toArray()));
    return Map.copyOf(arrays);
  }

  /** The registry this index was built from. */
  public Registry registry() {
    return registry;
  }

  /** How many records the registry holds. */
  public int size() {
    return records.length;
  }

  /** The record at position {@code ordinal} in registry order. */
  public ServiceRecord record(int ordinal) {
    return records[ordinal];
  }

  /** The status of the record at {@code ordinal}, as {@link RecordRules#statusOf} gives it. */
  public RecordStatus kindOf(int ordinal) {
    return kinds[ordinal];
  }

  /**
   * The first record (in registry order) covering {@code port} on {@code transport}, a range record
   * included; {@code null} when there is none. Allocates nothing.
   */
  public ServiceRecord find(int port, Transport transport) {
    int ordinal = ports.firstRecord(checkPort(port), transport);
    return ordinal == NONE ? null : records[ordinal];
  }

  /**
   * Zero-allocation iteration over the records covering {@code port} on {@code transport}: the
   * first entry, or -1 when there is none. Follow with {@link #nextEntry} and read each entry's
   * record with {@link #ordinalOfEntry}.
   */
  int firstEntry(int port, Transport transport) {
    return ports.first(checkPort(port), transport);
  }

  /** The entry after {@code entry} for the same port and transport, or -1. */
  int nextEntry(int entry) {
    return ports.next(entry);
  }

  /** The ordinal (registry position) of the record an entry points at. */
  int ordinalOfEntry(int entry) {
    return ports.record(entry);
  }

  /**
   * For the record at {@code ordinal} with a historic name, the ordinal of the first record of its
   * well-formed replacement; -1 for any other record.
   */
  int replacementOrdinal(int ordinal) {
    return resolvedFirst[ordinal];
  }

  /** Every record covering {@code port} on {@code transport}, in registry order; may be empty. */
  public List<ServiceRecord> lookup(int port, Transport transport) {
    List<ServiceRecord> found = new ArrayList<>();
    for (int e = ports.first(checkPort(port), transport); e != NONE; e = ports.next(e)) {
      found.add(records[ports.record(e)]);
    }
    return found;
  }

  /** Every record covering {@code port} on any transport, in registry order; may be empty. */
  public List<ServiceRecord> lookup(int port) {
    checkPort(port);
    boolean[] seen = new boolean[records.length];
    for (Transport t : Transport.values()) {
      for (int e = ports.first(port, t); e != NONE; e = ports.next(e)) {
        seen[ports.record(e)] = true;
      }
    }
    List<ServiceRecord> found = new ArrayList<>();
    for (int i = 0; i < seen.length; i++) {
      if (seen[i]) {
        found.add(records[i]);
      }
    }
    return found;
  }

  /**
   * The first record of the service {@code name} (case-insensitive), or of its well-formed
   * replacement when {@code name} is historic; {@code null} when unknown. Allocates nothing.
   */
  public ServiceRecord findByName(CharSequence name) {
    int first = firstOfName(name);
    return first == NONE ? null : records[first];
  }

  /**
   * The records of service {@code name} (case-insensitive, {@link java.util.Locale#ROOT}
   * semantics); a historic name resolves to its replacement and the answer says so.
   *
   * @return empty when the registry has no such name
   */
  public Optional<NameMatch> lookupByName(CharSequence name) {
    int slot = names.slotOf(name);
    if (slot == NameTable.NONE) {
      return Optional.empty();
    }
    int own = names.first(slot);
    int first = resolvedFirst[own] == NONE ? own : resolvedFirst[own];
    List<ServiceRecord> found = new ArrayList<>();
    for (int i = first; i != NONE; i = nextSameName[i]) {
      found.add(records[i]);
    }
    Optional<String> historic = first == own ? Optional.empty() : records[own].serviceName();
    return Optional.of(new NameMatch(records[first].serviceName().orElseThrow(), historic, found));
  }

  private int firstOfName(CharSequence name) {
    int slot = names.slotOf(name);
    if (slot == NameTable.NONE) {
      return NONE;
    }
    int own = names.first(slot);
    return resolvedFirst[own] == NONE ? own : resolvedFirst[own];
  }

  /** The records that reference person {@code id} (exact ID), in registry order; may be empty. */
  public List<ServiceRecord> lookupByPerson(String id) {
    int[] ordinals = byPerson.get(Objects.requireNonNull(id, "id"));
    if (ordinals == null) {
      return List.of();
    }
    List<ServiceRecord> found = new ArrayList<>(ordinals.length);
    for (int i : ordinals) {
      found.add(records[i]);
    }
    return found;
  }

  /** The person with {@code id} (exact) from the people table. */
  public Optional<Person> person(String id) {
    return Optional.ofNullable(people.get(id));
  }

  /** Whether any record covers {@code port} on {@code transport}. Allocates nothing. */
  public boolean hasRecord(int port, Transport transport) {
    return ports.hasRecord(checkPort(port), transport);
  }

  /**
   * The status of {@code port} on {@code transport}: the strongest kind among the records covering
   * it (assigned, then any withdrawn kind, then unassigned); {@link RecordStatus#UNASSIGNED} where
   * no record exists (also in the Dynamic range, see {@link #status}). Allocates nothing.
   */
  public RecordStatus kindAt(int port, Transport transport) {
    return ports.kind(checkPort(port), transport);
  }

  @Override
  public boolean isAvailable(int port, Transport transport) {
    return kindAt(port, transport).isAvailable();
  }

  /**
   * The RFC 6335 status of {@code port} on {@code transport}: computed {@link
   * PortStatus#UNASSIGNED} where no record exists below 49152, {@link PortStatus#DYNAMIC} from
   * 49152 up. Allocates nothing.
   */
  public PortStatus status(int port, Transport transport) {
    return ports.status(checkPort(port), transport);
  }

  private static int checkPort(int port) {
    if (port < 0 || port > PortRange.MAX_PORT) {
      throw new IllegalArgumentException("port must be in 0..65535, was " + port);
    }
    return port;
  }
}
