package org.portreg.store;

import java.util.Locale;
import org.flywaydb.core.api.migration.JavaMigration;

/** The databases the store runs on, told apart by their JDBC URL. */
enum Dialect {
  SQLITE("sqlite", 4, 10, 10),
  POSTGRESQL("postgresql", 8, 10, 10);

  private final String id;
  private final int poolSize;
  private final int latestMigration;
  private final int migrationCount;

  Dialect(String id, int poolSize, int latestMigration, int migrationCount) {
    this.id = id;
    this.poolSize = poolSize;
    this.latestMigration = latestMigration;
    this.migrationCount = migrationCount;
  }

  /**
   * The highest migration version of this dialect (SQL files and Java migrations); {@code
   * DialectTest} checks it against the files, so a new migration cannot be forgotten here.
   */
  int latestMigration() {
    return latestMigration;
  }

  /** How many migrations this dialect has (SQL files and Java migrations). */
  int migrationCount() {
    return migrationCount;
  }

  /** The dialect of {@code jdbcUrl}, or an {@link IllegalArgumentException} naming the URL. */
  static Dialect of(String jdbcUrl) {
    String url = jdbcUrl.toLowerCase(Locale.ROOT);
    for (Dialect dialect : values()) {
      if (url.startsWith("jdbc:" + dialect.id + ":")) {
        return dialect;
      }
    }
    throw new IllegalArgumentException(
        "database URL must start with jdbc:sqlite: or jdbc:postgresql:, was " + jdbcUrl);
  }

  /** The name used for this dialect's resource files. */
  String id() {
    return id;
  }

  /** The Flyway location of this dialect's migrations. */
  String migrations() {
    return "classpath:db/migration/" + id;
  }

  /** The migrations written in Java, because SQL cannot express them in this dialect. */
  JavaMigration[] javaMigrations() {
    return this == SQLITE
        ? new JavaMigration[] {new V3__versions_share_dates()}
        : new JavaMigration[0];
  }

  /** How many connections the pool keeps at most. */
  int poolSize() {
    return poolSize;
  }
}
