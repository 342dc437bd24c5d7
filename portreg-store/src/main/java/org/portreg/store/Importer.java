package org.portreg.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.portreg.error.ConflictException;
import org.portreg.format.IsoInstant;

/**
 * Adds one document as a new version inside the caller's transaction: closes the current rows the
 * new version no longer has and inserts its new parts with sort keys that keep registry order. Not
 * thread-safe; the caller holds the import lock.
 */
final class Importer {
  private final Statements sql;
  private final Clock clock;
  private final long gap;

  /** How a version seeded from the registry bundled with portreg names its source. */
  static final String BUNDLED_SOURCE = "bundled:";

  Importer(Statements sql, Clock clock, long gap) {
    this.sql = sql;
    this.clock = clock;
    this.gap = gap;
  }

  /**
   * Imports {@code document}, or reports that the store already holds it.
   *
   * @param sameDate whether a document dated like the newest version but with other content is a
   *     new version (the workflow's second change of a day) rather than a conflict (an import)
   */
  ImportResult importDocument(Connection c, Document document, String source, boolean sameDate)
      throws SQLException {
    Jdbc.update(c, sql.get("lock_for_import"));
    Optional<StoredVersion> newest = Versions.newest(c, sql);
    if (newest.isPresent() && replacesBundledSeed(c, newest.get(), document)) {
      dropVersion(c, newest.get().id());
      newest = Optional.empty();
    }
    if (newest.isPresent()) {
      Optional<ImportResult> same = checkOrder(c, newest.get(), document, source, sameDate);
      if (same.isPresent()) {
        return same.get();
      }
    }
    CurrentRows current = CurrentRows.load(c, sql);
    SortKeys.Plan plan = planOrRenumber(c, current, document);
    StoredVersion version = insertVersion(c, document, source);
    closeRows(c, current, plan.closedRows(), version.id());
    int added = insertParts(c, document, plan, version.id());
    return new ImportResult(version, true, added, plan.closedRows().size());
  }

  /**
   * Whether {@code document} is history older than a store that holds nothing but the registry
   * snapshot {@code serve} seeded it with (its source starts with {@value #BUNDLED_SOURCE}): the
   * seed then gives way, so {@code db import} of every version, oldest first, works after a first
   * {@code serve}; importing the seed's own date again restores identical content.
   */
  private boolean replacesBundledSeed(Connection c, StoredVersion newest, Document document)
      throws SQLException {
    return document.updated().isBefore(newest.updated())
        && newest.source().startsWith(BUNDLED_SOURCE)
        && Versions.all(c, sql).size() == 1;
  }

  private void dropVersion(Connection c, int id) throws SQLException {
    for (String statement : List.of("delete_parts_of_version", "delete_version")) {
      try (PreparedStatement delete = c.prepareStatement(sql.get(statement))) {
        delete.setInt(1, id);
        delete.executeUpdate();
      }
    }
  }

  /**
   * Empty when {@code document} is newer than {@code newest}; the no-op result when the store
   * already holds it (the newest version, or an older one, as after an interrupted import that is
   * run again).
   */
  private Optional<ImportResult> checkOrder(
      Connection c, StoredVersion newest, Document document, String source, boolean sameDate)
      throws SQLException {
    int order = document.updated().compareTo(newest.updated());
    if (order > 0 || (order == 0 && sameDate && !newest.sha256().equals(document.sha256()))) {
      return Optional.empty();
    }
    List<StoredVersion> sameDay =
        Versions.all(c, sql).stream().filter(v -> v.updated().equals(document.updated())).toList();
    Optional<StoredVersion> identical =
        sameDay.stream().filter(v -> v.sha256().equals(document.sha256())).findFirst();
    if (identical.isPresent()) {
      return Optional.of(new ImportResult(identical.get(), false, 0, 0));
    }
    if (!sameDay.isEmpty()) {
      throw differs(document, source, sameDay.get(sameDay.size() - 1));
    }
    throw new ConflictException(
        "registry dated "
            + document.updated()
            + " is older than the newest stored version ("
            + newest.updated()
            + "); versions must be imported in date order");
  }

  private static ConflictException differs(Document document, String source, StoredVersion stored) {
    return new ConflictException(
        "the store already holds a different registry dated "
            + stored.updated()
            + ": "
            + source
            + " (sha256 "
            + document.sha256()
            + ") differs from stored version "
            + stored.id()
            + " (from "
            + stored.source()
            + ", sha256 "
            + stored.sha256()
            + ")");
  }

  private SortKeys.Plan planOrRenumber(Connection c, CurrentRows current, Document document)
      throws SQLException {
    List<String> bodies = document.parts().stream().map(DocumentPart::body).toList();
    Optional<SortKeys.Plan> plan = SortKeys.plan(current.bodies(), current.keys(), bodies, gap);
    if (plan.isPresent()) {
      return plan.get();
    }
    renumber(c);
    CurrentRows renumbered = CurrentRows.load(c, sql);
    current.replaceKeys(renumbered.keys());
    return SortKeys.plan(current.bodies(), current.keys(), bodies, gap)
        .orElseThrow(() -> new IllegalStateException("no room for new parts after renumbering"));
  }

  /**
   * Spaces every row's key by {@code gap} again, keeping the order of all rows, so the order of
   * every past version stays as it was.
   */
  private void renumber(Connection c) throws SQLException {
    List<Long> ids = Jdbc.queryLongs(c, sql.get("select_all_sort_keys"));
    try (PreparedStatement update = c.prepareStatement(sql.get("update_sort_key"))) {
      for (int i = 0; i < ids.size(); i++) {
        update.setLong(1, gap * (i + 1L));
        update.setLong(2, ids.get(i));
        update.addBatch();
      }
      update.executeBatch();
    }
  }

  private StoredVersion insertVersion(Connection c, Document document, String source)
      throws SQLException {
    int id = (int) Jdbc.queryLong(c, sql.get("next_version_id"));
    Instant now = clock.instant();
    try (PreparedStatement insert = c.prepareStatement(sql.get("insert_version"))) {
      insert.setInt(1, id);
      insert.setString(2, document.updated().toString());
      insert.setString(3, source);
      insert.setString(4, IsoInstant.format(now));
      insert.setInt(5, document.records());
      insert.setString(6, document.sha256());
      insert.setString(7, document.prefix());
      insert.setString(8, document.suffix());
      insert.executeUpdate();
    }
    return new StoredVersion(
        id, document.updated(), source, now, document.records(), document.sha256());
  }

  private void closeRows(Connection c, CurrentRows current, List<Integer> rows, int version)
      throws SQLException {
    try (PreparedStatement close = c.prepareStatement(sql.get("close_part"))) {
      for (int row : rows) {
        close.setInt(1, version);
        close.setLong(2, current.id(row));
        close.addBatch();
      }
      close.executeBatch();
    }
  }

  private int insertParts(Connection c, Document document, SortKeys.Plan plan, int version)
      throws SQLException {
    long id = Jdbc.queryLong(c, sql.get("next_part_id"));
    int added = 0;
    try (PreparedStatement insert = c.prepareStatement(sql.get("insert_part"))) {
      for (int i = 0; i < plan.keys().length; i++) {
        if (plan.keptRow()[i] < 0) {
          bindPart(insert, id + added, version, plan.keys()[i], document.parts().get(i));
          insert.addBatch();
          added++;
        }
      }
      insert.executeBatch();
    }
    return added;
  }

  private static void bindPart(
      PreparedStatement insert, long id, int version, long key, DocumentPart part)
      throws SQLException {
    insert.setLong(1, id);
    insert.setString(2, part.kind());
    insert.setInt(3, version);
    insert.setLong(4, key);
    insert.setString(5, part.body());
    insert.setString(6, part.name());
    insert.setString(7, part.nameKey());
    setInteger(insert, 8, part.portLow());
    setInteger(insert, 9, part.portHigh());
    insert.setString(10, part.transport());
    insert.setString(11, part.personId());
  }

  private static void setInteger(PreparedStatement statement, int index, Integer value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setInt(index, value);
    }
  }

  /** The rows valid in the newest version, in key order. */
  static final class CurrentRows {
    private final List<Long> ids = new ArrayList<>();
    private final List<String> bodies = new ArrayList<>();
    private long[] keys;

    static CurrentRows load(Connection c, Statements sql) throws SQLException {
      CurrentRows rows = new CurrentRows();
      List<Long> keys = new ArrayList<>();
      try (PreparedStatement select = c.prepareStatement(sql.get("select_open_parts"));
          ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          rows.ids.add(rs.getLong(1));
          keys.add(rs.getLong(2));
          rows.bodies.add(rs.getString(3));
        }
      }
      rows.keys = keys.stream().mapToLong(Long::longValue).toArray();
      return rows;
    }

    long id(int row) {
      return ids.get(row);
    }

    List<String> bodies() {
      return bodies;
    }

    long[] keys() {
      return keys;
    }

    void replaceKeys(long[] renumbered) {
      keys = renumbered;
    }
  }
}
