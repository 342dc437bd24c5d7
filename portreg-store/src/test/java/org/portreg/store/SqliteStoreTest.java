package org.portreg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on SQLite files in a temporary folder. */
class SqliteStoreTest extends StoreContractTest {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  @TempDir Path folder;

  @Override
  String createDatabase() {
    return TestDatabases.sqlite(folder.resolve("db" + COUNTER.incrementAndGet()));
  }

  @Override
  void dropDatabase(String url) {
    // The temporary folder goes with the test.
  }

  @Test
  void createsTheDatabaseFileAndItsFolderOnFirstUse() {
    Path file = folder.resolve("new").resolve("deeper").resolve("portreg.db");

    try (Store created = Store.open("jdbc:sqlite:" + file)) {
      assertThat(created.versions()).isEmpty();
    }

    assertThat(Files.isRegularFile(file)).isTrue();
  }
}
