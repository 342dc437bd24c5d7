package org.portreg.search;

import java.util.List;
import java.util.Objects;
import org.portreg.model.RecordStatus;
import org.portreg.model.ServiceRecord;

/**
 * A parsed search query. Terms are separated by white space and combined with AND. A bare term
 * matches as a case-insensitive substring of any of a record's twelve CSV fields; a term in double
 * quotes matches whole words only. Terms {@code port:}, {@code proto:}, {@code status:}, {@code
 * name:}, {@code assignee:}, {@code ref:} and {@code updated:} match one field in a structured way
 * (see docs/search.md). Immutable and thread-safe.
 */
public final class SearchQuery {
  private final String text;
  private final List<Term> terms;

  private SearchQuery(String text, List<Term> terms) {
    this.text = text;
    this.terms = List.copyOf(terms);
  }

  /**
   * Parses a query; a blank one matches every record.
   *
   * @throws org.portreg.error.InvalidInputException for a malformed structured term, naming it and
   *     the rule, e.g. {@code search: 'port:abc': port must be a number or a range a-b, was 'abc'},
   *     and for a query past the limits (32 terms, 256 characters a term, 16 stars a name glob)
   */
  public static SearchQuery parse(String text) {
    Objects.requireNonNull(text, "text");
    return new SearchQuery(text, QueryParser.parse(text));
  }

  /** The query as given. */
  public String text() {
    return text;
  }

  /** How many terms the query has. */
  public int termCount() {
    return terms.size();
  }

  List<Term> terms() {
    return terms;
  }

  /**
   * Whether the query asks for unassigned ports with a {@code status:} term, so that ports without
   * any record take part as synthesized Unassigned rows.
   */
  public boolean wantsPortsWithoutRecord() {
    // Loops, not streams: this runs on the command line's cold search path.
    boolean hasStatus = false;
    for (Term t : terms) {
      if (!t.admitsUnassigned()) {
        return false;
      }
      hasStatus |= t instanceof FieldTerms.StatusTerm;
    }
    return hasStatus;
  }

  /**
   * Whether a row from outside the registry, such as a local assignment shown beside it, matches
   * every term, as a record of the registry would: {@code record} for the structured terms, {@code
   * kind} for {@code status:}, {@code columns} (twelve values in {@code RecordColumns} order) for
   * the text terms.
   */
  public boolean matches(ServiceRecord record, RecordStatus kind, List<String> columns) {
    Candidate row = new Candidate(record, kind, RegistrySearch.haystack(columns));
    for (Term t : terms) {
      if (!t.matches(row)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return text;
  }
}
