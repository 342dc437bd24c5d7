package org.portreg.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A store's {@link PartTable}, read whole in two queries. Immutable. */
final class PartList implements PartTable {
  private final long[] ids;
  private final String[] kinds;
  private final int[] from;
  private final int[] to;
  private final String[] bodies;
  private final Frames frames;

  private PartList(List<Object[]> rows, Frames frames) {
    int n = rows.size();
    ids = new long[n];
    kinds = new String[n];
    from = new int[n];
    to = new int[n];
    bodies = new String[n];
    for (int i = 0; i < n; i++) {
      Object[] row = rows.get(i);
      ids[i] = (Long) row[0];
      kinds[i] = kind((String) row[1]);
      from[i] = (Integer) row[2];
      to[i] = (Integer) row[3];
      bodies[i] = (String) row[4];
    }
    this.frames = frames;
  }

  /** Every part row of the store and every version's frame. */
  static PartList read(Connection c, Statements sql) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(sql.get("select_all_parts"))) {
      select.setFetchSize(8192);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          int validTo = rs.getInt(4);
          if (rs.wasNull()) {
            validTo = Integer.MAX_VALUE;
          }
          rows.add(
              new Object[] {
                rs.getLong(1), rs.getString(2), rs.getInt(3), validTo, rs.getString(5)
              });
        }
      }
    }
    Frames.Builder frames = new Frames.Builder();
    try (PreparedStatement select = c.prepareStatement(sql.get("select_version_frames"));
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        frames.put(rs.getInt(1), rs.getString(2), rs.getString(3));
      }
    }
    return new PartList(rows, frames.build());
  }

  /** The kind's constant, so that comparing kinds is mostly comparing references. */
  private static String kind(String kind) {
    return switch (kind) {
      case RECORD -> RECORD;
      case PERSON -> PERSON;
      case FOOTNOTE -> FOOTNOTE;
      case ELEMENT -> ELEMENT;
      default -> throw new IllegalStateException("unknown part kind " + kind);
    };
  }

  @Override
  public int size() {
    return ids.length;
  }

  @Override
  public long id(int row) {
    return ids[row];
  }

  @Override
  public String kind(int row) {
    return kinds[row];
  }

  @Override
  public int validFrom(int row) {
    return from[row];
  }

  @Override
  public int validTo(int row) {
    return to[row];
  }

  @Override
  public String body(int row) {
    return bodies[row];
  }

  @Override
  public Frames frames() {
    return frames;
  }
}
