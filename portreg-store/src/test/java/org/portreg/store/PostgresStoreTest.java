package org.portreg.store;

/** The store contract on the real PostgreSQL, each test in a schema of its own. */
class PostgresStoreTest extends StoreContractTest {
  @Override
  String createDatabase() {
    return TestDatabases.createPostgresSchema();
  }

  @Override
  void dropDatabase(String url) {
    TestDatabases.dropPostgresSchema(url);
  }
}
