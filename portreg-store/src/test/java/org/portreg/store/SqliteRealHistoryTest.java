package org.portreg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The real history in a SQLite file. */
class SqliteRealHistoryTest extends RealHistoryContractTest {
  private Path folder;

  @Override
  String createDatabase() {
    try {
      folder = Files.createTempDirectory("portreg-store-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return TestDatabases.sqlite(folder);
  }

  @Override
  void dropDatabase(String url) {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
