package org.portreg.store;

/** The watches contract on the real PostgreSQL, in a schema of its own. */
class PostgresWatchesTest extends WatchesContractTest {
  @Override
  String createDatabase() {
    return TestDatabases.createPostgresSchema();
  }

  @Override
  void dropDatabase(String url) {
    TestDatabases.dropPostgresSchema(url);
  }
}
