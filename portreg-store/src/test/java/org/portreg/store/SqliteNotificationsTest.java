package org.portreg.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The outbox contract on a SQLite file. */
class SqliteNotificationsTest extends NotificationsContractTest {
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
