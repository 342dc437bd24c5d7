/**
 * Persistence only: registry versions kept temporally, the workflow's users, requests and audit
 * log, and the local registry, on SQLite (embedded default) or PostgreSQL. Its one exported package
 * holds the facade ({@code Store}, {@code Accounts}, {@code Registrar}, {@code LocalStore} and the
 * values they return); everything else in it is package-private.
 */
module org.portreg.store {
  requires transitive org.portreg.core;
  requires transitive java.sql;
  requires com.zaxxer.hikari;
  // The embedded default database's driver, opened directly by Connections.Direct.
  requires org.xerial.sqlitejdbc;
  // Flyway 11 names no module: its automatic module takes the jar's name.
  requires flyway.core;
  requires com.fasterxml.jackson.core;

  exports org.portreg.store;

  // Flyway instantiates the Java migration (V3) reflectively.
  opens org.portreg.store to
      flyway.core;
}
