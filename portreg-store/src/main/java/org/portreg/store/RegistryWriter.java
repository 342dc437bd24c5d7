package org.portreg.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.function.Function;
import org.portreg.error.StoreException;
import org.portreg.model.Registry;
import org.portreg.workflow.RegistryChange;
import org.portreg.workflow.User;

/**
 * The registry as the workflow sees it inside a transaction: the newest version, and a change
 * stored as a new version together with its audit entry. Thread-safe; each call uses the caller's
 * connection.
 */
final class RegistryWriter {
  private final Statements sql;
  private final Snapshots snapshots;
  private final Importer importer;
  private final AuditLog audit;
  private final Clock clock;
  private final WatchQueue watches;

  RegistryWriter(
      Statements sql,
      Snapshots snapshots,
      Importer importer,
      AuditLog audit,
      Clock clock,
      WatchQueue watches) {
    this.sql = sql;
    this.snapshots = snapshots;
    this.importer = importer;
    this.audit = audit;
    this.clock = clock;
    this.watches = watches;
  }

  /** A lifecycle operation on the newest registry; may read more in the caller's transaction. */
  @FunctionalInterface
  interface Operation {
    RegistryChange apply(Registry current) throws SQLException;
  }

  /**
   * Under the import lock, applies {@code operation} to the newest registry, stores the result as a
   * new version and appends the audit entry with the records before and after: every registry
   * change of the workflow goes through here.
   *
   * @param source what the new version says it came from, from the change, such as {@code request
   *     #12 assigned by ada}
   * @param serviceName the service changed, the audit entry's target
   */
  RegistryChange change(
      Connection c,
      Operation operation,
      Function<RegistryChange, String> source,
      User actor,
      String serviceName,
      String reason)
      throws SQLException {
    lock(c);
    Registry before = current(c);
    RegistryChange change = operation.apply(before);
    ImportResult stored = write(c, change, source.apply(change));
    if (stored.imported()) {
      watches.versionStored(c, () -> before, change.registry());
    }
    audit.append(c, ChangeAudit.entry(change, actor, serviceName, reason, clock.instant()));
    return change;
  }

  /**
   * Takes the import lock, so that no other registry write (import or workflow, in any process)
   * runs until the caller's transaction ends.
   */
  private void lock(Connection c) throws SQLException {
    Jdbc.update(c, sql.get("lock_for_import"));
  }

  /** The newest stored registry. */
  Registry current(Connection c) throws SQLException {
    return snapshots.registry(c, newest(c).id());
  }

  /**
   * The newest stored version, which the workflow works on.
   *
   * @throws StoreException when the store holds none
   */
  StoredVersion newest(Connection c) throws SQLException {
    return Versions.newest(c, sql)
        .orElseThrow(
            () ->
                new StoreException(
                    "the store holds no registry version to work on; import one first with"
                        + " 'portreg db import FILE' or 'portreg update'"));
  }

  /** Stores the registry after {@code change} as a new version, in the caller's transaction. */
  private ImportResult write(Connection c, RegistryChange change, String source)
      throws SQLException {
    Document document = Document.of(change.registry(), source);
    return importer.importDocument(c, document, source, true);
  }
}
