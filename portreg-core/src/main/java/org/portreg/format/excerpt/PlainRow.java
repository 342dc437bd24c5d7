package org.portreg.format.excerpt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a plain-text row (values separated by spaces, cell borders lost) into values: the name,
 * port and transport at the start; the Description as the words up to the first reference, date or
 * service code; each reference group, date and service code on its own; and the rest of the row as
 * one free text (Unauthorized Use Reported and Assignment Notes cannot be told apart there).
 */
final class PlainRow {
  private static final Set<ValueKind> STRUCTURAL =
      Set.of(ValueKind.PERSONS, ValueKind.REFERENCES, ValueKind.DATE, ValueKind.NUMBER);

  private final List<Value> tokens;
  private final List<Value> values = new ArrayList<>();
  private int next;

  private PlainRow(List<Value> tokens) {
    this.tokens = tokens;
  }

  static List<Value> values(List<Line> lines) {
    List<Value> tokens = new ArrayList<>();
    lines.forEach(line -> Tokens.split(line, tokens));
    PlainRow row = new PlainRow(tokens);
    row.readStart();
    row.readText(false);
    row.readStructural();
    row.readText(true);
    return row.values;
  }

  private void readStart() {
    if (has(ValueKind.PORT)) {
      values.add(tokens.get(next++));
    } else if (next < tokens.size()) {
      int nameEnd = nameEnd();
      values.add(joined(0, nameEnd, ValueKind.TEXT));
      next = nameEnd;
      if (has(ValueKind.PORT)) {
        values.add(tokens.get(next++));
      }
    }
    if (has(ValueKind.TRANSPORT)) {
      values.add(tokens.get(next++));
    }
  }

  /**
   * One word, unless a port followed by a transport (or a transport) comes within the next few
   * words: service names with spaces existed until 2025 ({@code Apple Remote Desktop (Net
   * Assistant)}).
   */
  private int nameEnd() {
    for (int j = 1; j < Math.min(tokens.size(), 6); j++) {
      ValueKind kind = tokens.get(j).kind();
      boolean transportNext = j + 1 < tokens.size() && kindAt(j + 1) == ValueKind.TRANSPORT;
      if (kind == ValueKind.TRANSPORT || (kind == ValueKind.PORT && transportNext)) {
        return j;
      }
      if (kind != ValueKind.TEXT) {
        break;
      }
    }
    return 1;
  }

  private void readText(boolean toTheEnd) {
    int start = next;
    while (next < tokens.size() && (toTheEnd || !STRUCTURAL.contains(kindAt(next)))) {
      next++;
    }
    if (next > start) {
      values.add(joined(start, next, ValueKind.TEXT));
    }
  }

  private void readStructural() {
    while (next < tokens.size() && STRUCTURAL.contains(kindAt(next))) {
      values.add(tokens.get(next++));
    }
  }

  private boolean has(ValueKind kind) {
    return next < tokens.size() && kindAt(next) == kind;
  }

  private ValueKind kindAt(int index) {
    return tokens.get(index).kind();
  }

  private Value joined(int from, int to, ValueKind kind) {
    StringBuilder text = new StringBuilder();
    for (int i = from; i < to; i++) {
      text.append(i == from ? "" : " ").append(tokens.get(i).text());
    }
    Value first = tokens.get(from);
    return new Value(text.toString(), first.line(), first.column(), kind);
  }
}
