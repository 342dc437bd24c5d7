package org.portreg.diff;

import java.util.List;
import java.util.Objects;
import org.portreg.model.ServiceRecord;

/**
 * One change of the registry's records between an older and a newer version. Indices are positions
 * in the older ({@code oldIndex}) and newer ({@code newIndex}) version's record list. Immutable and
 * thread-safe.
 */
public sealed interface RecordChange {

  /** A record of the newer version with no counterpart in the older one. */
  record Added(ServiceRecord record, int newIndex) implements RecordChange {
    /** Checks the record is not null. */
    public Added {
      Objects.requireNonNull(record, "record");
    }
  }

  /** A record of the older version with no counterpart in the newer one. */
  record Removed(ServiceRecord record, int oldIndex) implements RecordChange {
    /** Checks the record is not null. */
    public Removed {
      Objects.requireNonNull(record, "record");
    }
  }

  /**
   * A record present in both versions with at least one field changed.
   *
   * @param kind how the two versions were matched, and so what kind of change it is
   * @param before the older version of the record
   * @param after the newer version of the record
   * @param oldIndex the older version's position
   * @param newIndex the newer version's position
   * @param fields the changed fields in {@link RecordField} order, never empty
   */
  record Changed(
      Kind kind,
      ServiceRecord before,
      ServiceRecord after,
      int oldIndex,
      int newIndex,
      List<FieldChange> fields)
      implements RecordChange {
    /** Copies the fields and checks there is at least one. */
    public Changed {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      fields = List.copyOf(fields);
      if (fields.isEmpty()) {
        throw new IllegalArgumentException("a changed record needs at least one changed field");
      }
    }
  }

  /**
   * An unnamed record of the older version (an Unassigned or Reserved port or range) whose ports
   * the newer version divides among new records, as when a port inside an unassigned range gets
   * assigned: {@code 24578-24665 Unassigned} becomes {@code 24578-24600 Unassigned}, {@code udpstp
   * 24601/udp}, {@code 24601/tcp Reserved} and {@code 24602-24665 Unassigned}. The parts lie inside
   * the removed record's range (on its transport, when it has one) and cover every port of it.
   *
   * @param removed the older record
   * @param oldIndex its position in the older version
   * @param parts the newer records that replace it, in registry order, at least one
   * @param newIndices the parts' positions in the newer version
   */
  record Split(
      ServiceRecord removed, int oldIndex, List<ServiceRecord> parts, List<Integer> newIndices)
      implements RecordChange {
    /** Copies the lists and checks they align and are not empty. */
    public Split {
      Objects.requireNonNull(removed, "removed");
      parts = List.copyOf(parts);
      newIndices = List.copyOf(newIndices);
      if (parts.isEmpty() || parts.size() != newIndices.size()) {
        throw new IllegalArgumentException(
            "a split needs parts aligned with their indices, was " + parts.size() + " parts");
      }
    }
  }

  /** How the two versions of a changed record were matched. */
  enum Kind {
    /** Same service name (compared case-insensitively), transport and port. */
    MODIFIED,
    /** Same port, transport and assignee; the service name changed. */
    RENAMED,
    /** Same service name and transport; the port changed (or was given or taken away). */
    MOVED
  }
}
