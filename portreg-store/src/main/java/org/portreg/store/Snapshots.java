package org.portreg.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.portreg.model.Registry;

/**
 * Rebuilds stored versions from their rows. A part row never changes once written, so each row is
 * parsed once per store and kept ({@link Piece}); a version is then its ordered row ids, looked up
 * in one query, plus the few rows not seen yet. The last versions built are kept too. Thread-safe.
 */
final class Snapshots {
  private static final int CACHED_VERSIONS = 8;

  /** Missing row ids closer than this are fetched in one range query. */
  private static final long RANGE_GAP = 512;

  private final Statements sql;
  private final Map<Long, Piece> pieces = new ConcurrentHashMap<>();
  private final Map<Long, Piece> standIns = new ConcurrentHashMap<>();
  private final Map<Integer, Registry> versions =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Registry> eldest) {
          return size() > CACHED_VERSIONS;
        }
      };

  Snapshots(Statements sql) {
    this.sql = sql;
  }

  /** The registry of the version numbered {@code id}. */
  Registry registry(Connection c, int id) throws SQLException {
    synchronized (versions) {
      Registry cached = versions.get(id);
      if (cached != null) {
        return cached;
      }
    }
    Registry built = build(c, id);
    synchronized (versions) {
      versions.put(id, built);
    }
    return built;
  }

  /** The exact XML text of the version numbered {@code id}. */
  String xml(Connection c, int id) throws SQLException {
    return VersionAssembler.text(registry(c, id));
  }

  /** Forgets everything cached. */
  void clear() {
    synchronized (versions) {
      versions.clear();
    }
    pieces.clear();
    standIns.clear();
  }

  private Registry build(Connection c, int id) throws SQLException {
    return assemble(c, id, partIds(c, id), Set.of());
  }

  /**
   * The version numbered {@code id}, whose rows are {@code rows}, with each of its records and
   * persons among {@code shared} as {@link VersionDiff#shared}'s stand-in, read and parsed no more.
   */
  Registry assemble(Connection c, int id, PartIds rows, Set<Long> shared) throws SQLException {
    String[] frame = frame(c, id);
    List<Long> missing = new ArrayList<>();
    for (long row : rows.ids()) {
      if (!VersionDiff.standsIn(row, rows, shared) && !pieces.containsKey(row)) {
        missing.add(row);
      }
    }
    load(c, missing);
    List<Piece> ordered = new ArrayList<>(rows.ids().size());
    for (long row : rows.ids()) {
      ordered.add(VersionDiff.standsIn(row, rows, shared) ? standIn(row, rows) : pieces.get(row));
    }
    return VersionAssembler.version(id, frame[0], frame[1], ordered);
  }

  /** {@link VersionDiff#shared}'s stand-in for {@code row}, made once per store like a piece. */
  private Piece standIn(long row, PartIds rows) {
    return standIns.computeIfAbsent(row, r -> VersionDiff.shared(r, rows.persons().contains(r)));
  }

  /**
   * The row ids of a version in registry order, which of them are persons, and which are neither a
   * record nor a person (header elements, people tags, footnotes).
   */
  record PartIds(List<Long> ids, Set<Long> persons, Set<Long> others) {}

  /** The rows of the version numbered {@code id}, read in one query. */
  PartIds partIds(Connection c, int id) throws SQLException {
    List<Long> ids = new ArrayList<>();
    Set<Long> persons = new HashSet<>();
    Set<Long> others = new HashSet<>();
    try (PreparedStatement select = c.prepareStatement(sql.get("select_part_ids_of_version"))) {
      select.setInt(1, id);
      select.setInt(2, id);
      select.setFetchSize(8192);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          long row = rs.getLong(1);
          ids.add(row);
          String kind = rs.getString(2);
          if ("person".equals(kind)) {
            persons.add(row);
          } else if (!"record".equals(kind)) {
            others.add(row);
          }
        }
      }
    }
    return new PartIds(ids, persons, others);
  }

  private String[] frame(Connection c, int id) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(sql.get("select_version_frame"))) {
      select.setInt(1, id);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("no stored version numbered " + id);
        }
        return new String[] {rs.getString(1), rs.getString(2)};
      }
    }
  }

  /** Reads and parses the rows {@code missing} (ascending ids), in range queries. */
  private void load(Connection c, List<Long> missing) throws SQLException {
    if (missing.isEmpty()) {
      return;
    }
    List<Long> sorted = missing.stream().sorted().toList();
    Set<Long> wanted = new HashSet<>(sorted);
    List<Piece.Raw> raw = new ArrayList<>(sorted.size());
    int start = 0;
    for (int i = 1; i <= sorted.size(); i++) {
      if (i == sorted.size() || sorted.get(i) - sorted.get(i - 1) > RANGE_GAP) {
        fetchRange(c, sorted.get(start), sorted.get(i - 1), wanted, raw);
        start = i;
      }
    }
    Piece.parseAll(raw).forEach(pieces::put);
  }

  private void fetchRange(Connection c, long low, long high, Set<Long> wanted, List<Piece.Raw> into)
      throws SQLException {
    try (PreparedStatement select = c.prepareStatement(sql.get("select_part_bodies"))) {
      select.setLong(1, low);
      select.setLong(2, high);
      select.setFetchSize(8192);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          long row = rs.getLong(1);
          if (wanted.contains(row)) {
            into.add(new Piece.Raw(row, rs.getString(2), rs.getString(3)));
          }
        }
      }
    }
  }
}
