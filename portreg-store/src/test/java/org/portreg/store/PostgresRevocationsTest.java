package org.portreg.store;

/** The revocation comment period on the real PostgreSQL, in a schema of its own. */
class PostgresRevocationsTest extends RevocationsContractTest {
  @Override
  String createDatabase() {
    return TestDatabases.createPostgresSchema();
  }

  @Override
  void dropDatabase(String url) {
    TestDatabases.dropPostgresSchema(url);
  }
}
