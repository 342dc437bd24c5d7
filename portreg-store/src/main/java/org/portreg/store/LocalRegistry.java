package org.portreg.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.portreg.error.ConflictException;
import org.portreg.error.NotFoundException;
import org.portreg.local.Acknowledgement;
import org.portreg.local.LocalAssignment;
import org.portreg.rules.ServiceNames;
import org.portreg.workflow.AuditEntry;

/**
 * The organisation's own registry in the store: local assignments with history (each change closes
 * the current row and opens a new one) and an audit entry per change. First come, first served
 * under concurrency: writers are serialized by a lock taken inside the transaction, a name is
 * unique among current entries (also by a partial unique index), and no two current entries share a
 * port on a transport. Thread-safe.
 */
public final class LocalRegistry {
  private final Transactions db;
  private final AuditLog audit;
  private final Clock clock;

  LocalRegistry(Transactions db, AuditLog audit, Clock clock) {
    this.db = db;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Adds {@code entry} (its {@code since} defaults to today, UTC).
   *
   * @throws ConflictException when a current entry has the name or one of the ports
   */
  public LocalAssignment add(LocalAssignment entry, String actor, String reason) {
    return db.write("add local assignment " + entry.name(), c -> insert(c, entry, actor, reason));
  }

  /**
   * Adds every entry in one transaction: all or none.
   *
   * @throws ConflictException naming the first entry that collides with a stored or earlier one
   */
  public List<LocalAssignment> importAll(
      List<LocalAssignment> entries, String actor, String reason) {
    return db.write(
        "import local assignments",
        c -> {
          List<LocalAssignment> added = new java.util.ArrayList<>();
          for (LocalAssignment e : entries) {
            added.add(insert(c, e, actor, reason));
          }
          return added;
        });
  }

  /**
   * Adds {@code entry} inside the caller's write transaction, under the local registry's lock: also
   * what assigning a local request does.
   *
   * @throws ConflictException when a current entry has the name or one of the ports
   */
  LocalAssignment insert(Connection c, LocalAssignment entry, String actor, String reason)
      throws SQLException {
    LocalRows.lock(c);
    Instant now = clock.instant();
    LocalAssignment dated = entry.since(LocalDate.ofInstant(now, ZoneOffset.UTC));
    requireFree(LocalRows.current(c), dated);
    LocalRows.insert(c, dated, now, actor);
    audit.append(
        c, entry(now, actor, "LOCAL_ADD", dated.name(), reason, "null", LocalRows.body(dated)));
    return dated;
  }

  /**
   * Checks that no entry of {@code held} has the name of {@code entry} or one of its ports.
   *
   * @throws ConflictException naming the entry that holds it
   */
  static void requireFree(List<LocalAssignment> held, LocalAssignment entry) {
    for (LocalAssignment h : held) {
      if (h.key().equals(entry.key())) {
        throw new ConflictException("local assignment '" + h.name() + "' already exists");
      }
      if (h.overlaps(entry)) {
        throw new ConflictException(
            "local assignment '"
                + h.name()
                + "' already holds "
                + h.portsText()
                + ", which overlaps "
                + entry.name()
                + " "
                + entry.portsText());
      }
    }
  }

  /**
   * Removes the current entry {@code name}; its history stays.
   *
   * @throws NotFoundException when there is no such current entry
   */
  public void remove(String name, String actor, String reason) {
    db.write(
        "remove local assignment " + name,
        c -> {
          LocalRows.lock(c);
          LocalAssignment held = find(c, name).orElseThrow(() -> notFound(name));
          Instant now = clock.instant();
          LocalRows.close(c, held.key(), now);
          audit.append(
              c,
              entry(now, actor, "LOCAL_REMOVE", held.name(), reason, LocalRows.body(held), "null"));
          return null;
        });
  }

  /** The current entries, by name. */
  public List<LocalAssignment> current() {
    return db.read("read local assignments", LocalRows::current);
  }

  /** The current entry {@code name} (case-insensitive). */
  public Optional<LocalAssignment> find(String name) {
    return db.read("read local assignment " + name, c -> find(c, name));
  }

  private static Optional<LocalAssignment> find(Connection c, String name) throws SQLException {
    return LocalRows.current(c).stream().filter(a -> ServiceNames.same(a.name(), name)).findFirst();
  }

  /** Every stored state of {@code name}, oldest first; empty when it never existed. */
  public List<LocalVersion> history(String name) {
    return db.read("read local history " + name, c -> LocalRows.history(c, ServiceNames.key(name)));
  }

  /**
   * Records that someone lives with a finding of a local assignment, with the reason in the audit
   * log. Acknowledging the same finding again renews it: the new reason, who and when (so that it
   * covers drift a version imported since the first acknowledgement raised again).
   *
   * @throws NotFoundException when there is no such current entry
   */
  public void acknowledge(Acknowledgement ack, String actor) {
    Objects.requireNonNull(ack, "ack");
    db.write(
        "acknowledge " + ack.findingKey(),
        c -> {
          LocalAssignment held = find(c, ack.name()).orElseThrow(() -> notFound(ack.name()));
          Instant now = clock.instant();
          LocalRows.insertAcknowledgement(c, ack, actor, now);
          String after = AuditLog.json(java.util.Map.of("finding", ack.findingKey()));
          audit.append(
              c, entry(now, actor, "LOCAL_ACKNOWLEDGE", held.name(), ack.reason(), "null", after));
          return null;
        });
  }

  /** Every acknowledgement, oldest first. */
  public List<Acknowledgement> acknowledgements() {
    return db.read("read acknowledgements", LocalRows::acknowledgements);
  }

  /** Every acknowledgement with who gave it and when, oldest first. */
  public List<Acknowledged> acknowledgementLog() {
    return db.read("read acknowledgements", LocalRows::acknowledgementLog);
  }

  /** Every stored state of every entry, current or not, oldest first. */
  public List<LocalVersion> states() {
    return db.read("read local history", LocalRows::states);
  }

  private static NotFoundException notFound(String name) {
    return new NotFoundException("no local assignment named '" + name + "'");
  }

  private static AuditEntry entry(
      Instant at,
      String actor,
      String action,
      String name,
      String reason,
      String before,
      String after) {
    return new AuditEntry(0, at, actor, action, "local/" + name, reason, before, after);
  }
}
