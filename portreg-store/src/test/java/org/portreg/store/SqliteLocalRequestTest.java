package org.portreg.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The local requests' contract on a SQLite file. */
class SqliteLocalRequestTest extends LocalRequestContractTest {
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
