package org.portreg.format.csv;

import java.util.ArrayList;
import java.util.List;
import org.portreg.format.ProblemCollector;
import org.portreg.format.ReadOptions;

/**
 * Splits RFC 4180 text into rows of fields, each with the line and column where it starts. Rows end
 * at CRLF or LF outside quotes; line breaks inside quotes belong to the field. Not thread-safe: one
 * per read.
 */
final class CsvParser {
  /** One field and where it starts (1-based line and column). */
  record Field(String text, int line, int column) {}

  /** One row and the line it starts on. */
  record Row(int line, List<Field> fields) {}

  private final String text;
  private final ProblemCollector problems;
  private int at;
  private int line = 1;
  private int lineStart;

  CsvParser(String text, ProblemCollector problems) {
    this.text = text;
    this.problems = problems;
  }

  /** Every row of the text; an empty last line is not a row. */
  List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    while (at < text.length()) {
      rows.add(row());
    }
    return rows;
  }

  private Row row() {
    int rowLine = line;
    List<Field> fields = new ArrayList<>();
    while (true) {
      fields.add(field());
      if (at >= text.length()) {
        return new Row(rowLine, fields);
      }
      char c = text.charAt(at++);
      if (c == '\n') {
        newLine();
        return new Row(rowLine, fields);
      }
      if (c == '\r' && at < text.length() && text.charAt(at) == '\n') {
        at++;
        newLine();
        return new Row(rowLine, fields);
      }
    }
  }

  private Field field() {
    int fieldLine = line;
    int column = at - lineStart + 1;
    if (at < text.length() && text.charAt(at) == '"') {
      return new Field(quoted(fieldLine, column), fieldLine, column);
    }
    int start = at;
    while (at < text.length() && !endsField(text.charAt(at))) {
      at++;
    }
    checkLength(at - start, fieldLine, column);
    String value = text.substring(start, at);
    if (value.indexOf('"') >= 0) {
      problems.report(
          fieldLine, column + value.indexOf('"'), "quote inside an unquoted field: " + value);
    }
    return new Field(value, fieldLine, column);
  }

  private boolean endsField(char c) {
    return c == ','
        || c == '\n'
        || (c == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n');
  }

  private String quoted(int fieldLine, int column) {
    StringBuilder value = new StringBuilder();
    at++;
    while (true) {
      if (at >= text.length()) {
        problems.report(fieldLine, column, "quoted field is not closed before the end of input");
        return value.toString();
      }
      char c = text.charAt(at++);
      if (c == '"' && at < text.length() && text.charAt(at) == '"') {
        value.append('"');
        at++;
      } else if (c == '"') {
        checkAfterClosingQuote();
        return value.toString();
      } else {
        value.append(c);
        checkLength(value.length(), fieldLine, column);
        if (c == '\n') {
          newLine();
        }
      }
    }
  }

  private void checkLength(int length, int fieldLine, int column) {
    if (length > ReadOptions.MAX_FIELD_CHARS) {
      throw problems.fatal(fieldLine, column, ReadOptions.fieldTooLong("a field"), null);
    }
  }

  private void checkAfterClosingQuote() {
    if (at < text.length() && !endsField(text.charAt(at))) {
      problems.report(
          line, at - lineStart + 1, "unexpected '" + text.charAt(at) + "' after a closing quote");
      while (at < text.length() && !endsField(text.charAt(at))) {
        at++;
      }
    }
  }

  private void newLine() {
    line++;
    lineStart = at;
  }
}
