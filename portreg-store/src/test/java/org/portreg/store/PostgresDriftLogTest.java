package org.portreg.store;

/** Drift on the real PostgreSQL, each test in a schema of its own. */
class PostgresDriftLogTest extends DriftLogContractTest {
  @Override
  String createDatabase() {
    return TestDatabases.createPostgresSchema();
  }

  @Override
  void dropDatabase(String url) {
    TestDatabases.dropPostgresSchema(url);
  }
}
