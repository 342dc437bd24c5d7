package org.portreg.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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

  private record Placed(int position, int after, PersonChange change) {}

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
    Map<String, ArrayDeque<Integer>> byId = new HashMap<>();
    for (int i = 0; i < older.size(); i++) {
      byId.computeIfAbsent(older.get(i).id(), k -> new ArrayDeque<>(1)).add(i);
    }
    int[] newOf = new int[older.size()];
    Arrays.fill(newOf, -1);
    List<Placed> placed = new ArrayList<>();
    for (int j = 0; j < newer.size(); j++) {
      ArrayDeque<Integer> same = byId.get(newer.get(j).id());
      Integer i = same == null ? null : same.poll();
      if (i == null) {
        placed.add(new Placed(j, 0, new PersonChange.Added(newer.get(j))));
      } else {
        newOf[i] = j;
        addChange(older.get(i), newer.get(j), j, placed);
      }
    }
    addRemovals(older, newOf, placed);
    placed.sort(Comparator.comparingInt(Placed::position).thenComparingInt(Placed::after));
    return placed.stream().map(Placed::change).toList();
  }

  private static void addRemovals(List<Person> older, int[] newOf, List<Placed> placed) {
    int anchor = -1;
    for (int i = 0; i < older.size(); i++) {
      if (newOf[i] >= 0) {
        anchor = newOf[i];
      } else {
        placed.add(new Placed(anchor, 1, new PersonChange.Removed(older.get(i))));
      }
    }
  }

  private static void addChange(Person before, Person after, int j, List<Placed> placed) {
    changeOf(before, after).ifPresent(c -> placed.add(new Placed(j, 0, c)));
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
