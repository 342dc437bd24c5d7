package org.portreg.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.portreg.model.PartialDate;
import org.portreg.model.Person;
import org.portreg.model.Registry;

/**
 * Adds people to the registry's people table, which is sorted by ID, case-insensitively (nearly:
 * the real table has a hundred exceptions, and ends with the IDs that start in lower case). A new
 * entry goes before the first one whose ID sorts after it, which reproduces where IANA put every
 * recent addition; an ID already present is left as it is.
 */
final class PeopleTable {
  private PeopleTable() {}

  /** The registry with an entry for each contact not yet in its people table. */
  static Registry withContacts(Registry registry, List<Contact> contacts, PartialDate today) {
    List<Person> people = new ArrayList<>(registry.people());
    boolean changed = false;
    for (Contact c : contacts) {
      if (people.stream().noneMatch(p -> p.id().equals(c.id()))) {
        people.add(positionOf(people, c.id()), c.toPerson(today));
        changed = true;
      }
    }
    return changed ? registry.withPeople(people) : registry;
  }

  private static int positionOf(List<Person> people, String id) {
    String key = id.toLowerCase(Locale.ROOT);
    for (int i = 0; i < people.size(); i++) {
      if (people.get(i).id().toLowerCase(Locale.ROOT).compareTo(key) > 0) {
        return i;
      }
    }
    return people.size();
  }

  /** The contacts of a request that exist, assignee first. */
  static List<Contact> of(AssignmentRequest request) {
    List<Contact> contacts = new ArrayList<>();
    request.assignee().ifPresent(contacts::add);
    request.contact().ifPresent(contacts::add);
    return contacts;
  }

  static List<Contact> of(Optional<Contact> contact) {
    return contact.map(List::of).orElse(List.of());
  }
}
