package org.portreg.index;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.portreg.format.RecordColumns;
import org.portreg.format.json.JsonFormat;
import org.portreg.model.Transport;

/**
 * The lookup index flattened into one byte buffer, so that a cold {@code portreg lookup} reads a
 * memory-mapped cache instead of parsing the registry: per transport an int[65536] of the first
 * entry covering a port and a chain of entries; per record its twelve column values, its status and
 * its JSON object ({@link JsonFormat#recordJson}) as UTF-8; a hash table of service names
 * (case-folded char by char, as {@code RegistryIndex} does) with historic names resolved to their
 * replacement. Only the strings of the records a lookup shows are decoded. Every read is
 * bounds-checked by {@link ByteBuffer}; the command line's cache validates a checksum before use.
 * Immutable; thread-safe.
 */
public final class CompactIndex implements FreePorts.Availability {
  /** The number of column values of a record: IANA's twelve. */
  public static final int COLUMNS = 12;

  /** What {@link #firstOfName}, {@link #resolved} and {@link #nextSameName} return for none. */
  public static final int NONE = -1;

  static final int MAGIC = 0x50525832; // "PRX2": with each record's JSON
  static final int STRINGS_PER_RECORD = COLUMNS + 2;
  private static final int PORTS = 65536;
  private static final int TRANSPORTS = 4;

  private final ByteBuffer buf;
  private final int records;
  private final int offsets;
  private final int blob;
  private final int entries;
  private final int entryRecord;
  private final int entryNext;
  private final int heads;
  private final int statuses;
  private final int nameCapacity;
  private final int names;
  private final int nextSameName;
  private final int resolved;

  /**
   * Reads the layout {@link #write} wrote; the buffer is not copied and must not change.
   *
   * @throws IllegalStateException or {@link IndexOutOfBoundsException} when the layout is corrupt
   */
  public CompactIndex(ByteBuffer buf) {
    this.buf = buf;
    if (buf.getInt(0) != MAGIC) {
      throw new IllegalStateException("not a portreg index");
    }
    records = buf.getInt(4);
    offsets = 8;
    int blobLength = buf.getInt(offsets + 4 * (records * STRINGS_PER_RECORD + 1));
    blob = offsets + 4 * (records * STRINGS_PER_RECORD + 1) + 4;
    entries = buf.getInt(blob + blobLength);
    entryRecord = blob + blobLength + 4;
    entryNext = entryRecord + 4 * entries;
    heads = entryNext + 4 * entries;
    statuses = heads + 4 * TRANSPORTS * PORTS;
    nameCapacity = buf.getInt(statuses + TRANSPORTS * PORTS);
    names = statuses + TRANSPORTS * PORTS + 4;
    nextSameName = names + 4 * nameCapacity;
    resolved = nextSameName + 4 * records;
    if (resolved + 4 * records != buf.limit() || Integer.bitCount(nameCapacity) != 1) {
      throw new IllegalStateException("index layout does not add up");
    }
  }

  /** How many records the index holds. */
  public int records() {
    return records;
  }

  /** The record's twelve column values, as {@code org.portreg.format.RecordColumns} gives them. */
  public String[] columns(int ordinal) {
    String[] columns = new String[COLUMNS];
    for (int i = 0; i < COLUMNS; i++) {
      columns[i] = column(ordinal, i);
    }
    return columns;
  }

  /** One column value of the record: 0 is the service name, 2 the transport. */
  public String column(int ordinal, int column) {
    return string(ordinal * STRINGS_PER_RECORD + column);
  }

  /** The record's status word, lower case with dashes ({@code assigned}, {@code unassigned}). */
  public String statusWord(int ordinal) {
    return string(ordinal * STRINGS_PER_RECORD + COLUMNS);
  }

  /**
   * The record as the registry JSON format's RECORD object ({@link JsonFormat#recordJson}),
   * compact: the shape of the HTTP API's records.
   */
  public String json(int ordinal) {
    return string(ordinal * STRINGS_PER_RECORD + COLUMNS + 1);
  }

  private String string(int n) {
    int start = buf.getInt(offsets + 4 * n);
    int end = buf.getInt(offsets + 4 * (n + 1));
    byte[] bytes = new byte[end - start];
    buf.get(blob + start, bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * The ordinals of the records covering {@code port} on transport {@code t} (the ordinal of a
   * {@link Transport}), in registry order.
   */
  public List<Integer> at(int port, int t) {
    List<Integer> found = new ArrayList<>();
    for (int e = buf.getInt(heads + 4 * (t * PORTS + port)); e != NONE; ) {
      found.add(buf.getInt(entryRecord + 4 * e));
      e = buf.getInt(entryNext + 4 * e);
    }
    return found;
  }

  /** The port's {@link PortStatus} ordinal on transport {@code t}. */
  public int status(int port, int t) {
    return buf.get(statuses + t * PORTS + port);
  }

  /**
   * Whether the port is free to request on the transport, as {@link RegistryIndex#isAvailable}
   * says: no record, or only records whose status is unassigned.
   */
  @Override
  public boolean isAvailable(int port, Transport transport) {
    int status = status(port, transport.ordinal());
    return status == PortStatus.UNASSIGNED.ordinal() || status == PortStatus.DYNAMIC.ordinal();
  }

  /** The first record of {@code name} (case-insensitive), or {@link #NONE}. */
  public int firstOfName(String name) {
    int mask = nameCapacity - 1;
    for (int slot = hash(name) & mask; ; slot = (slot + 1) & mask) {
      int first = buf.getInt(names + 4 * slot);
      if (first == NONE) {
        return NONE;
      }
      if (sameName(string(first * STRINGS_PER_RECORD), name)) {
        return first;
      }
    }
  }

  /** The next record with the same name as the record at {@code ordinal}, or {@link #NONE}. */
  public int nextSameName(int ordinal) {
    return buf.getInt(nextSameName + 4 * ordinal);
  }

  /** For a record with a historic name, the first record of its replacement; else {@link #NONE}. */
  public int resolved(int ordinal) {
    return buf.getInt(resolved + 4 * ordinal);
  }

  private static int hash(String name) {
    int h = 0;
    for (int i = 0; i < name.length(); i++) {
      h = 31 * h + Character.toLowerCase(name.charAt(i));
    }
    return h ^ (h >>> 16);
  }

  private static boolean sameName(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    for (int i = 0; i < a.length(); i++) {
      if (Character.toLowerCase(a.charAt(i)) != Character.toLowerCase(b.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Flattens {@code index} into the layout {@link #CompactIndex(ByteBuffer)} reads. */
  public static byte[] write(RegistryIndex index) {
    List<byte[]> strings = strings(index);
    int blobLength = 0;
    for (byte[] s : strings) {
      blobLength += s.length;
    }
    int[][] chains = chains(index);
    int capacity = Integer.highestOneBit(Math.max(index.size(), 8) * 4);
    ByteBuffer out = ByteBuffer.allocate(size(index, strings.size(), blobLength, chains, capacity));
    out.putInt(MAGIC).putInt(index.size());
    putStrings(out, strings, blobLength);
    out.putInt(chains[0].length);
    Arrays.stream(chains[0]).forEach(out::putInt);
    Arrays.stream(chains[1]).forEach(out::putInt);
    Arrays.stream(chains[2]).forEach(out::putInt);
    putStatuses(out, index);
    putNames(out, index, capacity);
    return out.array();
  }

  private static int size(
      RegistryIndex index, int strings, int blobLength, int[][] chains, int capacity) {
    return 8
        + 4 * (strings + 1)
        + 4
        + blobLength // header, string offsets, strings
        + 4
        + 8 * chains[0].length
        + 4 * TRANSPORTS * PORTS // entry chains and heads
        + TRANSPORTS * PORTS // port statuses
        + 4
        + 4 * capacity
        + 8 * index.size(); // names, same-name chain, replacements
  }

  /** Per record, its twelve columns, its status word and its JSON object, as UTF-8. */
  private static List<byte[]> strings(RegistryIndex index) {
    List<byte[]> strings = new ArrayList<>();
    for (int i = 0; i < index.size(); i++) {
      for (String column : RecordColumns.of(index.record(i))) {
        strings.add(column.getBytes(StandardCharsets.UTF_8));
      }
      String status = index.kindOf(i).name().toLowerCase(Locale.ROOT).replace('_', '-');
      strings.add(status.getBytes(StandardCharsets.UTF_8));
      strings.add(JsonFormat.recordJson(index.record(i)).getBytes(StandardCharsets.UTF_8));
    }
    return strings;
  }

  private static void putStrings(ByteBuffer out, List<byte[]> strings, int blobLength) {
    int offset = 0;
    for (byte[] s : strings) {
      out.putInt(offset);
      offset += s.length;
    }
    out.putInt(offset).putInt(blobLength);
    strings.forEach(out::put);
  }

  /** {entryRecord, entryNext, heads (4 x 65536)}, the index's own chains re-numbered densely. */
  private static int[][] chains(RegistryIndex index) {
    IntList record = new IntList();
    IntList next = new IntList();
    int[] head = new int[TRANSPORTS * PORTS];
    Transport[] transports = Transport.values();
    for (int t = 0; t < TRANSPORTS; t++) {
      for (int port = 0; port < PORTS; port++) {
        head[t * PORTS + port] = NONE;
        int previous = NONE;
        for (int e = index.firstEntry(port, transports[t]); e != NONE; e = index.nextEntry(e)) {
          int entry = record.size();
          record.add(index.ordinalOfEntry(e));
          next.add(NONE);
          if (previous == NONE) {
            head[t * PORTS + port] = entry;
          } else {
            next.set(previous, entry);
          }
          previous = entry;
        }
      }
    }
    return new int[][] {record.toArray(), next.toArray(), head};
  }

  /** A growable int array, to avoid boxing 100,000 entries. */
  private static final class IntList {
    private int[] values = new int[1024];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    void set(int i, int value) {
      values[i] = value;
    }

    int size() {
      return size;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  private static void putStatuses(ByteBuffer out, RegistryIndex index) {
    for (Transport t : Transport.values()) {
      for (int port = 0; port < PORTS; port++) {
        out.put((byte) index.status(port, t).ordinal());
      }
    }
  }

  private static void putNames(ByteBuffer out, RegistryIndex index, int capacity) {
    int n = index.size();
    int[] slots = new int[capacity];
    Arrays.fill(slots, NONE);
    int[] next = new int[n];
    Arrays.fill(next, NONE);
    int[] last = new int[capacity];
    for (int i = 0; i < n; i++) {
      String name = index.record(i).serviceName().orElse(null);
      if (name != null) {
        int slot = slotOf(index, slots, name);
        if (slots[slot] == NONE) {
          slots[slot] = i;
        } else {
          next[last[slot]] = i;
        }
        last[slot] = i;
      }
    }
    out.putInt(capacity);
    Arrays.stream(slots).forEach(out::putInt);
    Arrays.stream(next).forEach(out::putInt);
    for (int i = 0; i < n; i++) {
      out.putInt(index.replacementOrdinal(i));
    }
  }

  /** The slot of {@code name}: where its first record is, or the free slot it gets. */
  private static int slotOf(RegistryIndex index, int[] slots, String name) {
    int mask = slots.length - 1;
    int slot = hash(name) & mask;
    while (slots[slot] != NONE
        && !sameName(index.record(slots[slot]).serviceName().orElseThrow(), name)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }
}
