package org.portreg.store;

/** The real history in a PostgreSQL schema of its own. */
class PostgresRealHistoryTest extends RealHistoryContractTest {
  @Override
  String createDatabase() {
    return TestDatabases.createPostgresSchema();
  }

  @Override
  void dropDatabase(String url) {
    TestDatabases.dropPostgresSchema(url);
  }
}
