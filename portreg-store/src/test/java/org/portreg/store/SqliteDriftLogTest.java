package org.portreg.store;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;

/** Drift on SQLite files in a temporary folder. */
class SqliteDriftLogTest extends DriftLogContractTest {
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
}
