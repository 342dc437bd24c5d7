package org.portreg.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.portreg.format.Sha256;
import org.portreg.format.xml.XmlFormat;
import org.portreg.history.VersionRef;
import org.portreg.io.Registries;
import org.portreg.model.PartialDate;
import org.portreg.model.Registry;
import org.portreg.server.spi.RegistrySource;
import org.portreg.server.spi.RegistryVersion;
import org.portreg.server.spi.VersionInfo;

/**
 * A fixed set of registry versions held in memory, such as the files given to {@code portreg serve
 * --registry}. Version ids are content hashes of the XML rendering. Immutable and thread-safe.
 */
public final class InMemoryRegistrySource implements RegistrySource {
  private final Map<PartialDate, RegistryVersion> byDate;
  private final Optional<RegistryVersion> current;

  private InMemoryRegistrySource(List<Registry> registries) {
    Map<PartialDate, RegistryVersion> versions = new LinkedHashMap<>();
    for (Registry registry : registries) {
      versions.put(registry.header().updated(), new RegistryVersion(idOf(registry), registry));
    }
    this.byDate = Map.copyOf(versions);
    this.current = versions.values().stream().max(Comparator.comparing(RegistryVersion::updated));
  }

  /** A source without any version, as a server before its first import has. */
  public static InMemoryRegistrySource empty() {
    return new InMemoryRegistrySource(List.of());
  }

  /**
   * A source over the given registries; the newest Last Updated date is current, and of two with
   * the same date the later one in the list wins.
   */
  public static InMemoryRegistrySource of(List<Registry> registries) {
    return new InMemoryRegistrySource(List.copyOf(registries));
  }

  /**
   * Reads each file strictly ({@link Registries#read(Path)}).
   *
   * @throws org.portreg.error.RegistryFormatException for a bad file
   * @throws java.io.UncheckedIOException when a file cannot be read
   */
  public static InMemoryRegistrySource read(List<Path> files) {
    List<Registry> registries = new ArrayList<>();
    files.forEach(file -> registries.add(Registries.read(file)));
    return of(registries);
  }

  @Override
  public Optional<RegistryVersion> current() {
    return current;
  }

  @Override
  public List<VersionInfo> versions() {
    return byDate.values().stream()
        .sorted(Comparator.comparing(RegistryVersion::updated).reversed())
        .map(RegistryVersion::info)
        .toList();
  }

  @Override
  public Optional<RegistryVersion> version(VersionRef ref) {
    // One version per date: the later of two files with the same date replaced the earlier.
    if (ref.ordinal().isPresent() && ref.ordinal().getAsInt() != 1) {
      return Optional.empty();
    }
    return byDate.entrySet().stream()
        .filter(e -> e.getKey().toString().equals(ref.date().toString()))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /** The first 16 bytes of the SHA-256 of the XML rendering, in hex. */
  static String idOf(Registry registry) {
    return HexFormat.of().formatHex(Sha256.of(XmlFormat.write(registry)), 0, 16);
  }
}
