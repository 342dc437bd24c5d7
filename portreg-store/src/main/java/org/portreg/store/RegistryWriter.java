package org.portreg.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.portreg.error.StoreException;
import org.portreg.model.Registry;
import org.portreg.workflow.RegistryChange;

/**
 * The registry as the workflow sees it inside a transaction: the newest version, and a change
 * stored as a new version. Thread-safe; each call uses the caller's connection.
 */
final class RegistryWriter {
  private final Statements sql;
  private final Snapshots snapshots;
  private final Importer importer;

  RegistryWriter(Statements sql, Snapshots snapshots, Importer importer) {
    this.sql = sql;
    this.snapshots = snapshots;
    this.importer = importer;
  }

  /**
   * Takes the import lock, so that no other registry write (import or workflow, in any process)
   * runs until the caller's transaction ends.
   */
  void lock(Connection c) throws SQLException {
    Jdbc.update(c, sql.get("lock_for_import"));
  }

  /** The newest stored registry. */
  Registry current(Connection c) throws SQLException {
    StoredVersion newest =
        Versions.newest(c, sql)
            .orElseThrow(
                () ->
                    new StoreException(
                        "the store holds no registry version to work on; import one first with"
                            + " 'portreg db import FILE' or 'portreg update'"));
    return snapshots.registry(c, newest.id());
  }

  /** Stores the registry after {@code change} as a new version, in the caller's transaction. */
  StoredVersion write(Connection c, RegistryChange change, String source) throws SQLException {
    Document document = Document.of(change.registry(), source);
    return importer.importDocument(c, document, source, true).version();
  }
}
