package org.portreg.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The workflow contract on a SQLite file. */
class SqliteWorkflowTest extends WorkflowContractTest {
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
