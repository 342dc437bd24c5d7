package org.portreg.lint.manifest;

import java.util.List;
import java.util.Optional;
import org.portreg.index.CompactIndex;
import org.portreg.index.RegistryIndex;
import org.portreg.model.Transport;

/**
 * What manifest lint asks of a registry: how a name resolves, who holds a port, which names are
 * valid. Answered by a {@link RegistryIndex} or, without building one, by the {@link CompactIndex}
 * a cache or the database's snapshot maps; both give the same answers (ManifestRegistryTest).
 */
public interface ManifestRegistry {
  /**
   * The service name {@code name} (case-insensitive) resolves to: itself in the registry's
   * spelling, or the replacement of a historic name; empty when the registry has no such name.
   */
  Optional<Resolved> resolve(String name);

  /** The names of the assigned records on {@code port}/{@code transport}, in registry order. */
  List<String> assignedNames(int port, Transport transport);

  /** Every valid service name once (its first spelling), in registry order. */
  List<String> validNames();

  /**
   * A resolved name.
   *
   * @param name the service name in the registry's spelling
   * @param fromHistoric whether the query named a historic alias of {@code name}
   */
  record Resolved(String name, boolean fromHistoric) {}

  /** The answers of a full index. */
  static ManifestRegistry of(RegistryIndex index) {
    return new ManifestRegistries.OfIndex(index);
  }

  /** The answers of a compact index, read from its bytes. */
  static ManifestRegistry of(CompactIndex index) {
    return new ManifestRegistries.OfCompact(index);
  }
}
