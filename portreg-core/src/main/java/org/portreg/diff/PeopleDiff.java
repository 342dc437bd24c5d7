package org.portreg.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.portreg.model.Person;

/**
 * Compares two people tables by person ID, in the newer table's order with each removal after the
 * nearest person before it that both tables have. Stateless.
 */
final class PeopleDiff {
  private PeopleDiff() {}

  private static final int LOOK_AHEAD = 8;

  private record PersonField(String key, Function<Person, Optional<String>> value) {}

  private static final List<PersonField> FIELDS =
      List.of(
          new PersonField("name", Person::name),
          new PersonField("org", Person::org),
          new PersonField("uri", Person::uri),
          new PersonField("updated", p -> p.updated().map(Object::toString)));

  /** The changes from {@code older} to {@code newer}, in order. */
  static List<PersonChange> compare(List<Person> older, List<Person> newer) {
    if (older.equals(newer)) {
      return List.of();
    }
    int[] oldOf = pairById(older, newer);
    int[] newOf = new int[older.size()];
    Arrays.fill(newOf, -1);
    List<Placed<PersonChange>> placed = new ArrayList<>();
    for (int j = 0; j < newer.size(); j++) {
      int i = oldOf[j];
      if (i < 0) {
        placed.add(new Placed<>(j, 0, 0, new PersonChange.Added(newer.get(j))));
      } else {
        newOf[i] = j;
        addChange(older.get(i), newer.get(j), j, placed);
      }
    }
    addRemovals(older, newOf, placed);
    return List.copyOf(Placed.sorted(placed));
  }

  /**
   * For each newer person, the older person with the same ID, or -1. Walks both tables in step
   * first (they share their order), then looks up by ID only what is left.
   */
  private static int[] pairById(List<Person> older, List<Person> newer) {
    int[] oldOf = new int[newer.size()];
    Arrays.fill(oldOf, -1);
    boolean[] paired = new boolean[older.size()];
    int i = 0;
    int j = 0;
    while (i < older.size() && j < newer.size()) {
      String id = older.get(i).id();
      if (id.equals(newer.get(j).id())) {
        paired[i] = true;
        oldOf[j++] = i++;
        continue;
      }
      int skipNew = idAhead(newer, j, id);
      int skipOld = idAhead(older, i, newer.get(j).id());
      if (skipNew > 0 && (skipOld < 0 || skipNew <= skipOld)) {
        j += skipNew;
      } else if (skipOld > 0) {
        i += skipOld;
      } else {
        i++;
        j++;
      }
    }
    pairTheRest(older, newer, oldOf, paired);
    return oldOf;
  }

  /** How far after {@code from} a person has {@code id}, looking a few places ahead, or -1. */
  private static int idAhead(List<Person> people, int from, String id) {
    int end = Math.min(people.size(), from + LOOK_AHEAD + 1);
    for (int k = from + 1; k < end; k++) {
      if (people.get(k).id().equals(id)) {
        return k - from;
      }
    }
    return -1;
  }

  private static void pairTheRest(
      List<Person> older, List<Person> newer, int[] oldOf, boolean[] paired) {
    Map<String, ArrayDeque<Integer>> byId = new HashMap<>();
    for (int i = 0; i < older.size(); i++) {
      if (!paired[i]) {
        byId.computeIfAbsent(older.get(i).id(), k -> new ArrayDeque<>(1)).add(i);
      }
    }
    for (int j = 0; j < newer.size() && !byId.isEmpty(); j++) {
      ArrayDeque<Integer> same = oldOf[j] < 0 ? byId.get(newer.get(j).id()) : null;
      if (same != null && !same.isEmpty()) {
        oldOf[j] = same.poll();
      }
    }
  }

  private static void addRemovals(
      List<Person> older, int[] newOf, List<Placed<PersonChange>> placed) {
    int anchor = -1;
    for (int i = 0; i < older.size(); i++) {
      if (newOf[i] >= 0) {
        anchor = newOf[i];
      } else {
        placed.add(new Placed<>(anchor, 1, i, new PersonChange.Removed(older.get(i))));
      }
    }
  }

  private static void addChange(
      Person before, Person after, int j, List<Placed<PersonChange>> placed) {
    changeOf(before, after).ifPresent(c -> placed.add(new Placed<>(j, 0, 0, c)));
  }

  private static Optional<PersonChange> changeOf(Person before, Person after) {
    if (before.equals(after)) {
      return Optional.empty();
    }
    List<FieldChange> fields = new ArrayList<>();
    for (PersonField field : FIELDS) {
      Optional<String> a = field.value().apply(before);
      Optional<String> b = field.value().apply(after);
      if (!a.equals(b)) {
        fields.add(new FieldChange(field.key(), a, b));
      }
    }
    return Optional.of(new PersonChange.Changed(before, after, fields));
  }
}
