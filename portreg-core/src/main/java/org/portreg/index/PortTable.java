package org.portreg.index;

import java.util.Arrays;
import java.util.List;
import org.portreg.model.PortRange;
import org.portreg.model.RecordStatus;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.rules.PortSpace;

/**
 * Per transport, an int[65536] of the first entry covering each port, and one chain of entries
 * (record ordinal, next entry) shared by all transports. A port inside a range record points at
 * that record, so a lookup never searches. Immutable after construction.
 */
final class PortTable {
  private static final int PORTS = PortRange.MAX_PORT + 1;
  private static final int NONE = -1;
  private static final Transport[] TRANSPORTS = Transport.values();
  private static final RecordStatus[] STATUSES = RecordStatus.values();
  private static final PortStatus[] BASES = basesOf(STATUSES);
  private static final int DYNAMIC_FIRST = PortSpace.DYNAMIC.range().first();

  private final int[][] heads = new int[TRANSPORTS.length][];
  private final int[] firstRecords = new int[TRANSPORTS.length * PORTS];
  private final byte[][] kinds = new byte[TRANSPORTS.length][];
  private int[] entryRecord = new int[1 << 16];
  private int[] entryNext = new int[1 << 16];
  private int entries;

  PortTable(List<ServiceRecord> records, RecordStatus[] statuses) {
    for (Transport t : TRANSPORTS) {
      int[] head = new int[PORTS];
      Arrays.fill(head, NONE);
      heads[t.ordinal()] = head;
      kinds[t.ordinal()] = new byte[PORTS];
      Arrays.fill(kinds[t.ordinal()], (byte) NONE);
    }
    for (int i = records.size() - 1; i >= 0; i--) {
      addRecord(i, records.get(i), statuses[i]);
    }
    entryRecord = Arrays.copyOf(entryRecord, entries);
    entryNext = Arrays.copyOf(entryNext, entries);
    for (Transport t : TRANSPORTS) {
      for (int port = 0; port < PORTS; port++) {
        int entry = heads[t.ordinal()][port];
        firstRecords[t.ordinal() * PORTS + port] = entry == NONE ? NONE : entryRecord[entry];
      }
    }
  }

  /**
   * A record without protocol (the registry's Unassigned and Reserved ranges, a few single ports)
   * stands for tcp and udp: sctp and dccp assignments are always listed with their protocol.
   */
  private void addRecord(int ordinal, ServiceRecord record, RecordStatus status) {
    if (record.number().isEmpty()) {
      return;
    }
    PortRange range = record.number().get();
    if (record.protocol().isPresent()) {
      addRange(record.protocol().get(), range, ordinal, status);
    } else {
      addRange(Transport.TCP, range, ordinal, status);
      addRange(Transport.UDP, range, ordinal, status);
    }
  }

  private void addRange(Transport t, PortRange range, int ordinal, RecordStatus status) {
    int[] head = heads[t.ordinal()];
    byte[] kind = kinds[t.ordinal()];
    for (int port = range.first(); port <= range.last(); port++) {
      grow();
      entryRecord[entries] = ordinal;
      entryNext[entries] = head[port];
      head[port] = entries++;
      kind[port] = (byte) stronger(kind[port], status);
    }
  }

  /** Assigned beats every withdrawn kind, which beats Unassigned: the port's effective status. */
  private static int stronger(byte current, RecordStatus candidate) {
    if (current == NONE) {
      return candidate.ordinal();
    }
    return rank(candidate) > rank(RecordStatus.values()[current]) ? candidate.ordinal() : current;
  }

  private static int rank(RecordStatus status) {
    return switch (status.base()) {
      case ASSIGNED -> 2;
      case RESERVED -> 1;
      case UNASSIGNED -> 0;
    };
  }

  private void grow() {
    if (entries == entryRecord.length) {
      entryRecord = Arrays.copyOf(entryRecord, entries * 2);
      entryNext = Arrays.copyOf(entryNext, entries * 2);
    }
  }

  int first(int port, Transport t) {
    return heads[t.ordinal()][port];
  }

  /**
   * The ordinal of the first record covering the port, or NONE: one array read, the hot path of a
   * lookup by (port, transport).
   */
  int firstRecord(int port, Transport t) {
    return firstRecords[(t.ordinal() << 16) | port];
  }

  int next(int entry) {
    return entryNext[entry];
  }

  int record(int entry) {
    return entryRecord[entry];
  }

  boolean hasRecord(int port, Transport t) {
    return heads[t.ordinal()][port] != NONE;
  }

  /** The effective record kind, or UNASSIGNED where no record exists. */
  RecordStatus kind(int port, Transport t) {
    byte k = kinds[t.ordinal()][port];
    return k == NONE ? RecordStatus.UNASSIGNED : STATUSES[k];
  }

  PortStatus status(int port, Transport t) {
    byte k = kinds[t.ordinal()][port];
    if (k == NONE) {
      return port >= DYNAMIC_FIRST ? PortStatus.DYNAMIC : PortStatus.UNASSIGNED;
    }
    return BASES[k];
  }

  private static PortStatus[] basesOf(RecordStatus[] statuses) {
    PortStatus[] bases = new PortStatus[statuses.length];
    for (RecordStatus s : statuses) {
      bases[s.ordinal()] = PortStatus.of(s);
    }
    return bases;
  }
}
