package org.portreg.cli.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.portreg.local.AssignmentReader;
import org.portreg.local.LocalAssignment;
import org.portreg.store.Store;
import picocli.CommandLine.Option;

/** {@code --local FILE}: the local assignments from a file instead of the database. */
public final class LocalOption {
  @Option(
      names = "--local",
      paramLabel = "FILE",
      description = "Local assignments from a CSV, JSON or YAML file instead of the database.")
  private Path file;

  /** The file given, if any. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** The local assignments: the file's, else the current ones of the store {@code open} opens. */
  public List<LocalAssignment> assignments(Supplier<Store> open) {
    if (file != null) {
      return AssignmentReader.read(file);
    }
    try (Store store = open.get()) {
      return store.local().current();
    }
  }
}
