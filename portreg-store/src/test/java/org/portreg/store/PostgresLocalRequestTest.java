package org.portreg.store;

/** The local requests' contract on the real PostgreSQL, in a schema of its own. */
class PostgresLocalRequestTest extends LocalRequestContractTest {
  @Override
  String createDatabase() {
    return TestDatabases.createPostgresSchema();
  }

  @Override
  void dropDatabase(String url) {
    TestDatabases.dropPostgresSchema(url);
  }
}
