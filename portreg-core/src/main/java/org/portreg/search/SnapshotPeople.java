package org.portreg.search;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.portreg.model.PartialDate;
import org.portreg.model.Person;

/** The people table of a {@link SearchSnapshot}, as {@link SearchSnapshot#write} laid it out. */
final class SnapshotPeople {
  private final ByteBuffer people;

  SnapshotPeople(ByteBuffer people) {
    this.people = people;
  }

  /**
   * The people of the table whose IDs are in {@code ids}, in table order. Only their entries are
   * decoded; the others are stepped over by their lengths.
   */
  List<Person> named(Set<String> ids) {
    // By length first, then byte by byte: a cold JVM interprets this loop over every entry of the
    // table, and hashing a slice of each cost more than the rest of a search.
    List<List<byte[]>> byLength = byLength(ids);
    ByteBuffer buf = people.duplicate();
    int count = ids.isEmpty() ? 0 : buf.getInt();
    List<Person> found = new ArrayList<>();
    for (int entry = 0; entry < count; entry++) {
      int start = buf.position();
      int length = buf.getInt();
      if (length >= 0
          && length < byLength.size()
          && isOneOf(buf, start + 4, byLength.get(length))) {
        buf.position(start);
        found.add(person(buf));
        continue;
      }
      buf.position(start + 4 + Math.max(0, length));
      skip(buf, 3);
      skip(buf, buf.getInt());
    }
    return found;
  }

  /** The UTF-8 bytes of {@code ids}, at the index of their length. */
  private static List<List<byte[]>> byLength(Set<String> ids) {
    List<List<byte[]>> byLength = new ArrayList<>();
    for (String id : ids) {
      byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
      while (byLength.size() <= bytes.length) {
        byLength.add(null);
      }
      if (byLength.get(bytes.length) == null) {
        byLength.set(bytes.length, new ArrayList<>());
      }
      byLength.get(bytes.length).add(bytes);
    }
    return byLength;
  }

  /** Whether the bytes at {@code at} begin one of {@code ids} (all of one length), if any. */
  private static boolean isOneOf(ByteBuffer buf, int at, List<byte[]> ids) {
    if (ids != null) {
      for (byte[] id : ids) {
        if (sameBytes(buf, at, id)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean sameBytes(ByteBuffer buf, int at, byte[] id) {
    for (int j = 0; j < id.length; j++) {
      if (buf.get(at + j) != id[j]) {
        return false;
      }
    }
    return true;
  }

  /** The person whose entry starts at the buffer's position. */
  private static Person person(ByteBuffer buf) {
    String id = string(buf);
    String name = string(buf);
    String org = string(buf);
    String updated = string(buf);
    int uriCount = buf.getInt();
    List<String> uris = new ArrayList<>(uriCount);
    for (int u = 0; u < uriCount; u++) {
      uris.add(string(buf));
    }
    return new Person(
        id,
        Optional.ofNullable(name),
        Optional.ofNullable(org),
        uris,
        updated == null ? Optional.empty() : Optional.of(PartialDate.parse(updated)));
  }

  /** Steps over {@code count} strings. */
  private static void skip(ByteBuffer buf, int count) {
    for (int i = 0; i < count; i++) {
      int length = buf.getInt();
      buf.position(buf.position() + Math.max(0, length));
    }
  }

  private static String string(ByteBuffer buf) {
    int length = buf.getInt();
    if (length < 0) {
      return null;
    }
    byte[] bytes = new byte[length];
    buf.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
