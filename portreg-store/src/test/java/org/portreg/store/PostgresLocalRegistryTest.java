package org.portreg.store;

/** The local registry's contract on the real PostgreSQL, each test in a schema of its own. */
class PostgresLocalRegistryTest extends LocalRegistryContractTest {
  @Override
  String createDatabase() {
    return TestDatabases.createPostgresSchema();
  }

  @Override
  void dropDatabase(String url) {
    TestDatabases.dropPostgresSchema(url);
  }
}
