package org.portreg.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.portreg.model.Person;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;

/**
 * The diff of two versions known only by what one has and the other lacks: the records and persons
 * they share (the same values, in the same order in both) are never read. {@link RegistryDiff}
 * compares the unshared parts alone; a shared record or person pairs with itself in a whole
 * comparison and so changes nothing there but the positions, which this class puts back: every
 * index becomes the whole version's, and every removal is placed after the newer counterpart of the
 * nearest paired record or person before it, shared or not, as {@link RegistryDiff#compare} of the
 * whole versions places it. Stateless.
 */
public final class UnsharedDiff {
  private UnsharedDiff() {}

  /**
   * One side of the comparison.
   *
   * @param registry the version's header and footnotes with only its unshared records and persons,
   *     each list in the version's order
   * @param recordIndices the whole version's index of each of those records, ascending
   * @param recordCount how many records the whole version has
   * @param personIndices the whole version's index of each of those persons, ascending
   */
  public record Side(Registry registry, int[] recordIndices, int recordCount, int[] personIndices) {
    /** Checks the indices align with the lists. */
    public Side {
      Objects.requireNonNull(registry, "registry");
      if (recordIndices.length != registry.records().size()
          || personIndices.length != registry.people().size()) {
        throw new IllegalArgumentException("indices must align with the unshared parts");
      }
    }
  }

  /**
   * What {@link RegistryDiff#compare} gives for the two whole versions, or empty when this cannot
   * tell it from the unshared parts: when an unshared record of one side equals one of the other,
   * or an unshared person equals the other side's person of the same ID (such a pair would be
   * paired without showing in the diff, and a removal after it placed by it). The caller then
   * compares the whole versions.
   */
  public static Optional<Diff> compare(Side older, Side newer) {
    if (equalAcross(older.registry(), newer.registry())) {
      return Optional.empty();
    }
    Diff part = RegistryDiff.compare(older.registry(), newer.registry());
    return Optional.of(
        new Diff(
            part.olderUpdated(),
            part.newerUpdated(),
            older.recordCount(),
            newer.recordCount(),
            part.header(),
            records(part.records(), older, newer),
            people(part.people(), older, newer)));
  }

  private static boolean equalAcross(Registry older, Registry newer) {
    Set<ServiceRecord> records = new HashSet<>(newer.records());
    for (ServiceRecord r : older.records()) {
      if (records.contains(r)) {
        return true;
      }
    }
    Map<String, Person> byId = new HashMap<>();
    newer.people().forEach(p -> byId.put(p.id(), p));
    for (Person p : older.people()) {
      if (p.equals(byId.get(p.id()))) {
        return true;
      }
    }
    return false;
  }

  private static List<RecordChange> records(List<RecordChange> part, Side older, Side newer) {
    int[] oldAt = older.recordIndices();
    int[] newAt = newer.recordIndices();
    List<int[]> pairs = new ArrayList<>();
    List<RecordChange> whole = new ArrayList<>(part.size());
    for (RecordChange change : part) {
      RecordChange mapped = mapped(change, oldAt, newAt);
      whole.add(mapped);
      if (mapped instanceof RecordChange.Changed c) {
        pairs.add(new int[] {c.oldIndex(), c.newIndex()});
      }
    }
    Anchors anchors = Anchors.of(oldAt, newAt, pairs);
    List<Placed<RecordChange>> placed = new ArrayList<>(whole.size());
    for (RecordChange change : whole) {
      placed.add(placed(change, anchors));
    }
    return Placed.sorted(placed);
  }

  private static RecordChange mapped(RecordChange change, int[] oldAt, int[] newAt) {
    if (change instanceof RecordChange.Added a) {
      return new RecordChange.Added(a.record(), newAt[a.newIndex()]);
    } else if (change instanceof RecordChange.Removed r) {
      return new RecordChange.Removed(r.record(), oldAt[r.oldIndex()]);
    } else if (change instanceof RecordChange.Changed c) {
      return new RecordChange.Changed(
          c.kind(), c.before(), c.after(), oldAt[c.oldIndex()], newAt[c.newIndex()], c.fields());
    }
    RecordChange.Split s = (RecordChange.Split) change;
    List<Integer> indices = new ArrayList<>(s.newIndices().size());
    for (int j : s.newIndices()) {
      indices.add(newAt[j]);
    }
    return new RecordChange.Split(s.removed(), oldAt[s.oldIndex()], s.parts(), indices);
  }

  private static Placed<RecordChange> placed(RecordChange change, Anchors anchors) {
    if (change instanceof RecordChange.Added a) {
      return new Placed<>(a.newIndex(), 0, -1, change);
    } else if (change instanceof RecordChange.Removed r) {
      return new Placed<>(anchors.of(r.oldIndex()), 1, r.oldIndex(), change);
    } else if (change instanceof RecordChange.Changed c) {
      return new Placed<>(c.newIndex(), 0, c.oldIndex(), change);
    }
    RecordChange.Split s = (RecordChange.Split) change;
    return new Placed<>(s.newIndices().get(0), 0, s.oldIndex(), change);
  }

  /** The people changes with their whole positions, placed as {@link PeopleDiff} places them. */
  private static List<PersonChange> people(List<PersonChange> part, Side older, Side newer) {
    Map<Person, Integer> oldAt = positions(older.registry().people(), older.personIndices());
    Map<Person, Integer> newAt = positions(newer.registry().people(), newer.personIndices());
    List<int[]> pairs = new ArrayList<>();
    for (PersonChange change : part) {
      if (change instanceof PersonChange.Changed c) {
        pairs.add(new int[] {oldAt.get(c.before()), newAt.get(c.after())});
      }
    }
    Anchors anchors = Anchors.of(older.personIndices(), newer.personIndices(), pairs);
    List<Placed<PersonChange>> placed = new ArrayList<>(part.size());
    for (PersonChange change : part) {
      if (change instanceof PersonChange.Removed r) {
        int i = oldAt.get(r.person());
        placed.add(new Placed<>(anchors.of(i), 1, i, change));
      } else {
        Person person =
            change instanceof PersonChange.Added a
                ? a.person()
                : ((PersonChange.Changed) change).after();
        placed.add(new Placed<>(newAt.get(person), 0, 0, change));
      }
    }
    return Placed.sorted(placed);
  }

  private static Map<Person, Integer> positions(List<Person> people, int[] indices) {
    Map<Person, Integer> at = new IdentityHashMap<>();
    for (int k = 0; k < people.size(); k++) {
      at.put(people.get(k), indices[k]);
    }
    return at;
  }
}
