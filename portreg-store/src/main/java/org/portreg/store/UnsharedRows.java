package org.portreg.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.portreg.diff.UnsharedDiff;
import org.portreg.model.Registry;

/**
 * What two stored versions do not share: for each version, its header elements, people tags and
 * footnotes, and the records and persons the other version lacks, each with its index in the whole
 * version. Read in one query, where the database counts the shared rows and returns only the
 * unshared ones (a few rows for two versions a few changes apart, whatever the registry's size), or
 * walked the same way over a {@link PartTable}.
 */
final class UnsharedRows {
  private final Side first = new Side();
  private final Side second = new Side();
  private final List<Piece.Raw> texts = new ArrayList<>();
  private int sharedRecords;

  private UnsharedRows() {}

  /** The rows of one version, in registry order, with the whole indices of its unshared ones. */
  private static final class Side {
    private final List<Long> ids = new ArrayList<>();
    private final Set<Long> persons = new HashSet<>();
    private final Set<Long> others = new HashSet<>();
    private final List<Integer> recordIndices = new ArrayList<>();
    private final List<Integer> personIndices = new ArrayList<>();

    /**
     * Adds row {@code id} held by this version; {@code sharedBefore} counts shared rows of its
     * kind.
     */
    void add(long id, String kind, int sharedBefore) {
      ids.add(id);
      if (PartTable.RECORD.equals(kind)) {
        recordIndices.add(sharedBefore + recordIndices.size());
      } else if (PartTable.PERSON.equals(kind)) {
        persons.add(id);
        personIndices.add(sharedBefore + personIndices.size());
      } else {
        others.add(id);
      }
    }
  }

  /** Reads the rows of versions {@code a} and {@code b} that they do not share. */
  static UnsharedRows read(Connection c, Statements sql, int a, int b) throws SQLException {
    UnsharedRows rows = new UnsharedRows();
    try (PreparedStatement select = c.prepareStatement(sql.get("select_unshared_parts"))) {
      int[] values = {a, a, b, b, Math.max(a, b), Math.min(a, b)};
      for (int k = 0; k < values.length; k++) {
        select.setInt(k + 1, values[k]);
      }
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          String kind = rs.getString(2);
          int shared = PartTable.PERSON.equals(kind) ? rs.getInt(6) : rs.getInt(5);
          rows.add(rs.getLong(1), kind, rs.getInt(3) == 1, rs.getInt(4) == 1, shared);
        }
      }
    }
    return rows;
  }

  /**
   * Walks {@code parts} as {@code select_unshared_parts} does for versions {@code a} and {@code b},
   * keeping the texts of the unshared rows ({@link #parse}).
   */
  static UnsharedRows walk(PartTable parts, int a, int b) {
    UnsharedRows rows = new UnsharedRows();
    int sharedPersons = 0;
    for (int i = 0, n = parts.size(); i < n; i++) {
      boolean inA = parts.holds(i, a);
      boolean inB = parts.holds(i, b);
      if (!inA && !inB) {
        continue;
      }
      String kind = parts.kind(i);
      boolean record = PartTable.RECORD.equals(kind);
      boolean person = PartTable.PERSON.equals(kind);
      if (inA && inB && (record || person)) {
        rows.sharedRecords += record ? 1 : 0;
        sharedPersons += person ? 1 : 0;
        continue;
      }
      long id = parts.id(i);
      rows.add(id, kind, inA, inB, person ? sharedPersons : rows.sharedRecords);
      rows.texts.add(new Piece.Raw(id, kind, parts.body(i)));
    }
    return rows;
  }

  private void add(long id, String kind, boolean inFirst, boolean inSecond, int shared) {
    if (inFirst) {
      first.add(id, kind, shared);
    }
    if (inSecond) {
      second.add(id, kind, shared);
    }
  }

  /**
   * The first version's side (or the second's), assembled from its rows in the store, with {@code
   * recordCount} records in all.
   */
  UnsharedDiff.Side side(
      boolean firstSide, Connection c, Snapshots snapshots, int id, int recordCount)
      throws SQLException {
    Side side = firstSide ? first : second;
    Snapshots.PartIds rows = new Snapshots.PartIds(side.ids, side.persons, side.others);
    return side(side, snapshots.assemble(c, id, rows, Set.of()), recordCount);
  }

  /** The texts {@link #walk} kept, each row parsed once for both sides, by row id. */
  Map<Long, Piece> parse() {
    return Piece.parseAll(texts);
  }

  /**
   * The first version's side (or the second's), assembled from {@code pieces}, the rows {@link
   * #walk} kept ({@link #parse}).
   */
  UnsharedDiff.Side side(boolean firstSide, PartTable parts, int id, Map<Long, Piece> pieces) {
    Side side = firstSide ? first : second;
    List<Piece> ordered = new ArrayList<>(side.ids.size());
    for (long row : side.ids) {
      ordered.add(pieces.get(row));
    }
    Registry registry = VersionAssembler.version(parts, id, ordered);
    return side(side, registry, sharedRecords + side.recordIndices.size());
  }

  private static UnsharedDiff.Side side(Side side, Registry registry, int recordCount) {
    return new UnsharedDiff.Side(
        registry, ints(side.recordIndices), recordCount, ints(side.personIndices));
  }

  private static int[] ints(List<Integer> values) {
    int[] array = new int[values.size()];
    for (int k = 0; k < array.length; k++) {
      array[k] = values.get(k);
    }
    return array;
  }
}
