package org.portreg.cli.common;

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
    return open(url);
  }

  /** Opens the store at {@code url} (null: the default), as {@link #open()} does. */
  public static Store open(String url) {
    return UserInput.check(() -> Store.openForCommand(url != null ? url : Store.defaultUrl()));
  }

  /** Whether no database was named here ({@code --db}): the default one, or $PORTREG_DB's. */
  public boolean isDefault() {
    return url == null;
  }

  /** The chosen database's URL. */
  public String url() {
    return url != null ? url : Store.defaultUrl();
  }

  /**
   * After a command that stored a version: saves the default database's snapshot, so that the next
   * read command answers from it at once ({@link RegistryOption#refreshSnapshot}).
   */
  public void refreshSnapshot() {
    if (url == null) {
      RegistryOption.refreshSnapshot(url());
    }
  }
}
