package org.portreg.store;

/** The outbox contract on the real PostgreSQL, in a schema of its own. */
class PostgresNotificationsTest extends NotificationsContractTest {
  @Override
  String createDatabase() {
    return TestDatabases.createPostgresSchema();
  }

  @Override
  void dropDatabase(String url) {
    TestDatabases.dropPostgresSchema(url);
  }
}
