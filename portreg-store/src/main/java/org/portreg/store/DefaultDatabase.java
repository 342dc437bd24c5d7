package org.portreg.store;

import java.nio.file.Path;

/**
 * Where the store lives when none is named, decided without touching JDBC: the command line's cold
 * paths ask this before deciding whether they need a database connection at all.
 */
public final class DefaultDatabase {
  private DefaultDatabase() {}

  /**
   * {@code PORTREG_DB} when set, else the SQLite file {@code portreg/portreg.db} under {@code
   * $XDG_DATA_HOME}, or under {@code ~/.local/share}.
   */
  public static String url() {
    String configured = System.getenv(Store.ENVIRONMENT_VARIABLE);
    if (configured != null && !configured.isBlank()) {
      return configured.strip();
    }
    String dataHome = System.getenv("XDG_DATA_HOME");
    Path base =
        dataHome != null && !dataHome.isBlank()
            ? Path.of(dataHome)
            : Path.of(System.getProperty("user.home"), ".local", "share");
    return "jdbc:sqlite:" + base.resolve("portreg").resolve("portreg.db");
  }

  /**
   * The file of {@code url} when it names a plain SQLite file ({@code jdbc:sqlite:PATH} without
   * options), else null (PostgreSQL, an in-memory or URI-form SQLite database).
   */
  public static Path sqliteFile(String url) {
    if (!url.startsWith("jdbc:sqlite:") || url.indexOf('?') >= 0) {
      return null;
    }
    String path = url.substring("jdbc:sqlite:".length());
    if (path.isEmpty() || path.startsWith(":memory:") || path.startsWith("file:")) {
      return null;
    }
    return Path.of(path);
  }
}
