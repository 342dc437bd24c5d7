package org.portreg.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The revocation comment period on a SQLite file. */
class SqliteRevocationsTest extends RevocationsContractTest {
  @TempDir static Path folder;

  @Override
  String createDatabase() {
    return TestDatabases.sqlite(folder);
  }

  @Override
  void dropDatabase(String url) {
    // The temporary folder goes with the class.
  }
}
