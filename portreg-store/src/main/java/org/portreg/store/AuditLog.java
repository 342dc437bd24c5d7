package org.portreg.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.portreg.format.IsoInstant;
import org.portreg.workflow.AuditEntry;

/**
 * Appends to and reads the audit log. The tables refuse UPDATE and DELETE by trigger, so the log is
 * append-only in the database itself, not only in this class. Thread-safe, stateless.
 */
final class AuditLog {
  private static final JsonFactory JSON = new JsonFactory();

  private final Statements sql;

  AuditLog(Statements sql) {
    this.sql = sql;
  }

  /** Appends one entry inside the caller's transaction. */
  void append(Connection c, AuditEntry e) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(sql.get("insert_audit"))) {
      insert.setString(1, IsoInstant.format(e.at()));
      insert.setString(2, e.actor());
      insert.setString(3, e.action());
      insert.setString(4, e.target());
      insert.setString(5, e.reason());
      insert.setString(6, e.before());
      insert.setString(7, e.after());
      insert.executeUpdate();
    }
  }

  /** The newest {@code limit} entries, newest first. */
  List<AuditEntry> recent(Connection c, int limit) throws SQLException {
    List<AuditEntry> entries = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(sql.get("select_audit"))) {
      select.setInt(1, limit);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          entries.add(entry(rs));
        }
      }
    }
    return entries;
  }

  private static AuditEntry entry(ResultSet rs) throws SQLException {
    return new AuditEntry(
        rs.getLong(1),
        IsoInstant.parse(rs.getString(2)),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8));
  }

  /** Writes JSON text with a generator. */
  @FunctionalInterface
  interface JsonText {
    void write(JsonGenerator g) throws IOException;
  }

  /** The JSON text {@code text} writes: the one place the audit's JSON is generated. */
  static String json(JsonText text) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      text.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A flat JSON object of string, boolean, number or string-list values, in the map's order. */
  static String json(Map<String, ?> fields) {
    return json(
        g -> {
          g.writeStartObject();
          for (Map.Entry<String, ?> field : fields.entrySet()) {
            g.writeFieldName(field.getKey());
            value(g, field.getValue());
          }
          g.writeEndObject();
        });
  }

  private static void value(JsonGenerator g, Object value) throws IOException {
    if (value instanceof Iterable<?> items) {
      g.writeStartArray();
      for (Object item : items) {
        g.writeString(String.valueOf(item));
      }
      g.writeEndArray();
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof Number n) {
      g.writeNumber(n.longValue());
    } else if (value == null) {
      g.writeNull();
    } else {
      g.writeString(value.toString());
    }
  }
}
