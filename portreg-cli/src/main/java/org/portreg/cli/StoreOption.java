package org.portreg.cli;

import org.portreg.store.Store;
import picocli.CommandLine.Option;

/** The {@code --db JDBC-URL} option of the commands that use the store. */
public final class StoreOption {
  @Option(
      names = "--db",
      paramLabel = "JDBC-URL",
      description =
          "Database: jdbc:sqlite:PATH or jdbc:postgresql://HOST/DB?user=... "
              + "(default: $PORTREG_DB, else SQLite under the user's data directory).")
  private String url;

  /** Opens the chosen store; the caller closes it. */
  public Store open() {
    return Store.open(url != null ? url : Store.defaultUrl());
  }
}
