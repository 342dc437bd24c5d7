package org.portreg.format.excerpt;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.portreg.format.RecordColumns;
import org.portreg.model.PartialDate;
import org.portreg.model.Transport;

/** What a value looks like, and so which columns it may belong to. */
enum ValueKind {
  /** A port or range that fits 0..65535; a small number may also be a service code. */
  PORT(List.of(RecordColumns.PORT, RecordColumns.SERVICE_CODE)),
  /** A number too large for a port: a DCCP service code. */
  NUMBER(List.of(RecordColumns.SERVICE_CODE)),
  /** {@code tcp}, {@code udp}, {@code sctp} or {@code dccp}. */
  TRANSPORT(List.of(RecordColumns.TRANSPORT)),
  /** {@code [ID]} person references, one or more. */
  PERSONS(List.of(RecordColumns.ASSIGNEE, RecordColumns.CONTACT)),
  /** {@code YYYY-MM} or {@code YYYY-MM-DD}. */
  DATE(List.of(RecordColumns.REGISTERED, RecordColumns.UPDATED)),
  /** {@code [RFC…]}, {@code [draft-…]}, {@code [uri]}, {@code [1]} references, one or more. */
  REFERENCES(List.of(RecordColumns.REFERENCE)),
  /** Free text: description, unauthorized use or notes (or the service name, first). */
  TEXT(List.of(RecordColumns.DESCRIPTION, RecordColumns.UNAUTHORIZED, RecordColumns.NOTES));

  private static final Pattern PORT_SHAPE = Pattern.compile("\\d{1,5}(-\\d{1,5})?");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern BRACKETS = Pattern.compile("(\\[[^\\[\\]]+\\])+");
  private static final Pattern REFERENCE =
      Pattern.compile("(?i)rfc\\d+|draft-.*|rfc-.*|\\d+|[a-z][a-z0-9+.-]*:.*|.*\\s.*");

  private final List<Integer> columns;

  ValueKind(List<Integer> columns) {
    this.columns = columns;
  }

  /** The columns a value of this kind may take, ascending. */
  List<Integer> columns() {
    return columns;
  }

  static ValueKind of(String text) {
    if (Transport.parse(text).isPresent() && text.equals(text.toLowerCase(Locale.ROOT))) {
      return TRANSPORT;
    }
    if (isDate(text)) {
      return DATE;
    }
    if (PORT_SHAPE.matcher(text).matches()) {
      return fitsPorts(text) ? PORT : TEXT;
    }
    if (DIGITS.matcher(text).matches()) {
      return NUMBER;
    }
    if (BRACKETS.matcher(text).matches()) {
      return isReference(bracketed(text).get(0)) ? REFERENCES : PERSONS;
    }
    return TEXT;
  }

  static boolean isDate(String text) {
    if ((text.length() != 7 && text.length() != 10) || !PartialDate.hasDateShape(text)) {
      return false;
    }
    try {
      PartialDate.parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  static boolean isReference(String inner) {
    return REFERENCE.matcher(inner).matches();
  }

  /** The insides of {@code [a][b]}: {@code a}, {@code b}. */
  static List<String> bracketed(String text) {
    return List.of(text.substring(1, text.length() - 1).split("\\]\\s*\\["));
  }

  private static boolean fitsPorts(String text) {
    for (String part : text.split("-")) {
      if (Integer.parseInt(part) > 65535) {
        return false;
      }
    }
    return true;
  }
}
