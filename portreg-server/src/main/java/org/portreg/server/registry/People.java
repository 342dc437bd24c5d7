package org.portreg.server.registry;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.portreg.error.NotFoundException;
import org.portreg.model.Person;
import org.portreg.server.RegistryVersion;
import org.portreg.server.http.BoundedCache;

/**
 * The people tables of recent versions, indexed by ID once per version instead of scanned per
 * request. Thread-safe.
 */
public final class People {
  private final BoundedCache<String, Map<String, Person>> byVersion = new BoundedCache<>(8);

  /**
   * The person of {@code version} with exactly {@code id}.
   *
   * @throws NotFoundException naming the ID when there is none
   */
  public Person find(RegistryVersion version, String id) {
    return lookup(version, id)
        .orElseThrow(() -> new NotFoundException("no person with ID '" + id + "'"));
  }

  /** The person of {@code version} with exactly {@code id}, if any. */
  public Optional<Person> lookup(RegistryVersion version, String id) {
    return Optional.ofNullable(byVersion.get(version.id(), () -> index(version)).get(id));
  }

  private static Map<String, Person> index(RegistryVersion version) {
    Map<String, Person> people = new HashMap<>();
    // The first entry wins, as Registry.person(id) answers.
    version.registry().people().forEach(p -> people.putIfAbsent(p.id(), p));
    return Map.copyOf(people);
  }
}
