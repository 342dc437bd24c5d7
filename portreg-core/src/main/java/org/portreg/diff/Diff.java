package org.portreg.diff;

import java.util.List;
import java.util.Objects;
import org.portreg.model.PartialDate;

/**
 * The difference between an older and a newer registry version. Record changes come in the newer
 * version's registry order, each removal at the place its record had in the older version. Every
 * record of the older version is either unchanged, changed, removed or split; every record of the
 * newer version is either unchanged, changed, added or part of a split. Immutable and thread-safe.
 *
 * @param olderUpdated the older version's Last Updated date
 * @param newerUpdated the newer version's Last Updated date
 * @param olderRecordCount how many records the older version has
 * @param newerRecordCount how many records the newer version has
 * @param header the header fields that changed ({@code title}, {@code updated}, ...)
 * @param records the record changes in order
 * @param people the people changes, in the newer version's order
 */
public record Diff(
    PartialDate olderUpdated,
    PartialDate newerUpdated,
    int olderRecordCount,
    int newerRecordCount,
    List<FieldChange> header,
    List<RecordChange> records,
    List<PersonChange> people) {

  /** Copies the lists and checks no component is null. */
  public Diff {
    Objects.requireNonNull(olderUpdated, "olderUpdated");
    Objects.requireNonNull(newerUpdated, "newerUpdated");
    header = List.copyOf(header);
    records = List.copyOf(records);
    people = List.copyOf(people);
  }

  /** Whether the two versions have the same content. */
  public boolean isEmpty() {
    return header.isEmpty() && records.isEmpty() && people.isEmpty();
  }

  /** How many records of the newer version are new: added ones and the parts of splits. */
  public int recordsAdded() {
    return count(RecordChange.Added.class)
        + splits().stream().mapToInt(s -> s.parts().size()).sum();
  }

  /** How many records of the older version are gone: removed ones and the split ones. */
  public int recordsRemoved() {
    return count(RecordChange.Removed.class) + count(RecordChange.Split.class);
  }

  /** How many records changed (modified, renamed or moved). */
  public int recordsChanged() {
    return count(RecordChange.Changed.class);
  }

  /** How many records changed with the given kind of match. */
  public int recordsChanged(RecordChange.Kind kind) {
    return (int)
        records.stream()
            .filter(c -> c instanceof RecordChange.Changed ch && ch.kind() == kind)
            .count();
  }

  /** How many records are equal in both versions. */
  public int recordsUnchanged() {
    return olderRecordCount - recordsRemoved() - recordsChanged();
  }

  /** The splits of unnamed ranges, in order. */
  public List<RecordChange.Split> splits() {
    return records.stream()
        .filter(RecordChange.Split.class::isInstance)
        .map(RecordChange.Split.class::cast)
        .toList();
  }

  /** How many people changes of the given kind ({@code PersonChange.Added.class}, ...). */
  public int peopleCount(Class<? extends PersonChange> kind) {
    return (int) people.stream().filter(kind::isInstance).count();
  }

  private int count(Class<? extends RecordChange> kind) {
    return (int) records.stream().filter(kind::isInstance).count();
  }
}
