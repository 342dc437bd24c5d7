package org.portreg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The store's SQL, read from {@code statements.sql} and the dialect's own file, which replaces
 * statements by name. Each statement follows a {@code -- name: NAME} line. Immutable.
 */
final class Statements {
  private static final String MARKER = "-- name:";

  private final Map<String, String> byName;

  private Statements(Map<String, String> byName) {
    this.byName = Map.copyOf(byName);
  }

  /** The statements for {@code dialect}. */
  static Statements load(Dialect dialect) {
    Map<String, String> all = new HashMap<>(parse(resource("statements.sql")));
    all.putAll(parse(resource(dialect.id() + ".sql")));
    return new Statements(all);
  }

  /** The statement called {@code name}; a missing one is a programming error. */
  String get(String name) {
    String sql = byName.get(name);
    if (sql == null) {
      throw new IllegalStateException("no SQL statement named " + name);
    }
    return sql;
  }

  static Map<String, String> parse(String text) {
    Map<String, String> statements = new HashMap<>();
    String name = null;
    StringBuilder sql = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (line.startsWith(MARKER)) {
        put(statements, name, sql);
        name = line.substring(MARKER.length()).strip();
        sql.setLength(0);
      } else if (name != null && !line.startsWith("--")) {
        sql.append(line).append('\n');
      }
    }
    put(statements, name, sql);
    return statements;
  }

  private static void put(Map<String, String> statements, String name, StringBuilder sql) {
    if (name != null) {
      statements.put(name, sql.toString().strip());
    }
  }

  private static String resource(String file) {
    try (InputStream in = Statements.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/portreg/store/" + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
