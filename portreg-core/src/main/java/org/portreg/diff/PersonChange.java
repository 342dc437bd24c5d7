package org.portreg.diff;

import java.util.List;
import java.util.Objects;
import org.portreg.model.Person;

/** One change of the registry's people table, matched by person ID. Immutable, thread-safe. */
public sealed interface PersonChange {

  /** The person's ID. */
  String id();

  /** A person only the newer version has. */
  record Added(Person person) implements PersonChange {
    /** Checks the person is not null. */
    public Added {
      Objects.requireNonNull(person, "person");
    }

    @Override
    public String id() {
      return person.id();
    }
  }

  /** A person only the older version has. */
  record Removed(Person person) implements PersonChange {
    /** Checks the person is not null. */
    public Removed {
      Objects.requireNonNull(person, "person");
    }

    @Override
    public String id() {
      return person.id();
    }
  }

  /**
   * A person in both versions with changed fields ({@code name}, {@code org}, {@code uri}, {@code
   * updated}).
   */
  record Changed(Person before, Person after, List<FieldChange> fields) implements PersonChange {
    /** Copies the fields and checks there is at least one. */
    public Changed {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      fields = List.copyOf(fields);
      if (fields.isEmpty()) {
        throw new IllegalArgumentException("a changed person needs at least one changed field");
      }
    }

    @Override
    public String id() {
      return after.id();
    }
  }
}
