package org.portreg.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.portreg.format.excerpt.Excerpt;
import org.portreg.format.excerpt.ExcerptContact;
import org.portreg.format.excerpt.ExcerptRow;
import org.portreg.model.Person;
import org.portreg.model.Registry;

/**
 * Reconciles a page excerpt with an official registry: rows, header and contact table. Thread-safe,
 * stateless.
 */
public final class Reconciler {
  private Reconciler() {}

  /**
   * Compares every row, header field and contact of {@code excerpt} with {@code registry}. Rows
   * match records by service name (case-insensitive), port and transport, then by the other fields;
   * values are compared as the registry's page would show them (white space collapsed).
   *
   * @return the outcome; never null
   */
  public static Reconciliation reconcile(Excerpt excerpt, Registry registry) {
    RowMatcher matcher = new RowMatcher(registry);
    List<RowReconciliation> rows = excerpt.rows().stream().map(matcher::match).toList();
    return new Reconciliation(
        excerpt.source(),
        registry.header().updated().toString(),
        HeaderReconciler.compare(excerpt.header(), registry.header()),
        rows,
        contacts(excerpt, registry),
        missingContacts(excerpt, rows));
  }

  private static List<ContactReconciliation> contacts(Excerpt excerpt, Registry registry) {
    Map<String, Person> people =
        registry.people().stream()
            .collect(Collectors.toMap(Person::id, Function.identity(), (a, b) -> a));
    List<ContactReconciliation> result = new ArrayList<>();
    for (ExcerptContact contact : excerpt.contacts()) {
      result.add(compare(contact, Optional.ofNullable(people.get(contact.id()))));
    }
    return result;
  }

  private static ContactReconciliation compare(ExcerptContact contact, Optional<Person> person) {
    if (person.isEmpty()) {
      return new ContactReconciliation(contact, MatchStatus.NOT_FOUND, List.of());
    }
    Person p = person.get();
    List<FieldDifference> differences = new ArrayList<>();
    if (isOrganizationAlone(contact, p)) {
      field(differences, "Organization", contact.name(), p.org());
    } else {
      field(differences, "Name", contact.name(), p.name());
      field(differences, "Organization", contact.organization(), p.org());
    }
    field(differences, "Contact URI", contact.uri(), p.uri());
    field(
        differences,
        "Last Updated",
        contact.updated().map(Object::toString),
        p.updated().map(Object::toString));
    MatchStatus status = differences.isEmpty() ? MatchStatus.AGREES : MatchStatus.DIFFERS;
    return new ContactReconciliation(contact, status, differences);
  }

  /** The lone text of an ambiguous row is the organization of a person without a name. */
  private static boolean isOrganizationAlone(ExcerptContact contact, Person p) {
    return contact.nameOrOrganization() && p.name().isEmpty() && p.org().isPresent();
  }

  private static void field(
      List<FieldDifference> out, String name, Optional<String> shown, Optional<String> held) {
    String excerptValue = PageText.ofExcerpt(shown.orElse(""));
    String registryValue = PageText.ofRegistry(held.orElse(""));
    if (!excerptValue.equals(registryValue)) {
      out.add(new FieldDifference(name, excerptValue, registryValue));
    }
  }

  /** IDs the matched rows name that a (present) contact table leaves out. */
  private static List<String> missingContacts(Excerpt excerpt, List<RowReconciliation> rows) {
    if (excerpt.contacts().isEmpty()) {
      return List.of();
    }
    Set<String> shown =
        excerpt.contacts().stream().map(ExcerptContact::id).collect(Collectors.toSet());
    Set<String> missing = new LinkedHashSet<>();
    for (RowReconciliation r : rows) {
      ExcerptRow row = r.row();
      RowMatcher.personIds(row).stream().filter(id -> !shown.contains(id)).forEach(missing::add);
    }
    return List.copyOf(missing);
  }
}
