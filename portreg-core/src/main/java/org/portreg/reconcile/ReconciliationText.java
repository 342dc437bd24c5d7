package org.portreg.reconcile;

import java.io.PrintWriter;
import java.util.Locale;
import org.portreg.format.excerpt.ExcerptRow;

/** Writes a reconciliation for people to read. Thread-safe, stateless. */
public final class ReconciliationText {
  private ReconciliationText() {}

  /**
   * Writes a summary line, then one line per header field, row and contact that does not simply
   * agree (with its differences and resolved ambiguities indented below it); does not close {@code
   * out}.
   */
  public static void write(Reconciliation r, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%s against registry %s: %d rows, %d agree, %d differ, %d not found; %d contacts%n",
        r.source(),
        r.registryUpdated(),
        r.rows().size(),
        r.rowCount(MatchStatus.AGREES),
        r.rowCount(MatchStatus.DIFFERS),
        r.rowCount(MatchStatus.NOT_FOUND),
        r.contacts().size());
    r.header().forEach(h -> writeHeader(h, out));
    r.rows().forEach(row -> writeRow(row, out));
    r.contacts().forEach(c -> writeContact(r.source(), c, out));
    r.missingContacts()
        .forEach(
            id -> out.printf(Locale.ROOT, "contact table lacks [%s], named by the rows%n", id));
    out.println(r.agrees() ? "everything agrees" : "differences found");
  }

  private static void writeHeader(HeaderComparison h, PrintWriter out) {
    switch (h.status()) {
      case AGREES -> {}
      case TRUNCATED ->
          out.printf(Locale.ROOT, "header %s: cut short on the page, agrees so far%n", h.field());
      case NOT_IN_REGISTRY ->
          out.printf(Locale.ROOT, "header %s: page only, not in the registry%n", h.field());
      case DIFFERS -> {
        out.printf(Locale.ROOT, "header %s differs%n", h.field());
        out.printf(
            Locale.ROOT,
            "    excerpt:  %s%n    registry: %s%n",
            h.excerptValue(),
            h.registryValue());
      }
    }
  }

  private static void writeRow(RowReconciliation r, PrintWriter out) {
    ExcerptRow row = r.row();
    String where = "line " + row.line() + " " + row.key();
    switch (r.status()) {
      case AGREES -> {}
      case NOT_FOUND -> out.printf(Locale.ROOT, "%s: not found in the registry%n", where);
      case DIFFERS -> out.printf(Locale.ROOT, "%s: differs%n", where);
    }
    for (FieldDifference d : r.differences()) {
      out.printf(
          Locale.ROOT,
          "    %s: excerpt '%s', registry '%s'%n",
          d.column(),
          d.excerptValue(),
          d.registryValue());
    }
    for (ResolvedAmbiguity a : r.resolved()) {
      if (!a.guessedRight()) {
        out.printf(
            Locale.ROOT,
            "%s: '%s' is the %s, not the %s%n",
            where,
            a.value(),
            a.actualColumn(),
            a.guessedColumn());
      }
    }
  }

  private static void writeContact(String source, ContactReconciliation c, PrintWriter out) {
    String where = "line " + c.contact().line() + " contact [" + c.contact().id() + "]";
    switch (c.status()) {
      case AGREES -> {}
      case NOT_FOUND -> out.printf(Locale.ROOT, "%s: not in the registry's people%n", where);
      case DIFFERS -> out.printf(Locale.ROOT, "%s: differs%n", where);
    }
    for (FieldDifference d : c.differences()) {
      out.printf(
          Locale.ROOT,
          "    %s: excerpt '%s', registry '%s'%n",
          d.column(),
          d.excerptValue(),
          d.registryValue());
    }
  }
}
