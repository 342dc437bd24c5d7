package org.portreg.store;

/** The workflow contract on the real PostgreSQL, in a schema of its own. */
class PostgresWorkflowTest extends WorkflowContractTest {
  @Override
  String createDatabase() {
    return TestDatabases.createPostgresSchema();
  }

  @Override
  void dropDatabase(String url) {
    TestDatabases.dropPostgresSchema(url);
  }
}
