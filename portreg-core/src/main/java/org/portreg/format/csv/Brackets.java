package org.portreg.format.csv;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.portreg.format.RecordColumns;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;

/**
 * Reads the bracketed lists of the Assignee, Contact and Reference columns ({@code [A][B]}) and
 * guesses each reference's kind from its text, since the CSV keeps only the label. Stateless.
 */
final class Brackets {
  private static final Pattern RFC = Pattern.compile("(RFC\\d+)(?:, Section (.+))?");
  private static final Pattern DRAFT =
      Pattern.compile("((?:draft-|RFC-)[^\\s,\\[\\]]+)(?:, Section (.+))?");
  private static final Pattern FOOTNOTE = Pattern.compile("\\d+");

  private Brackets() {}

  /**
   * The items of {@code [A][B]...}, brackets nested inside an item kept; empty when the text is not
   * such a list.
   */
  static Optional<List<String>> split(String text) {
    return RecordColumns.unbracketed(text);
  }

  /**
   * The reference a Reference label stands for: {@code RFC9110} (with {@code , Section X}) an RFC,
   * {@code draft-...} or {@code RFC-ietf-...} a draft, {@code http...} a URI, digits a footnote,
   * anything else free text.
   */
  static Xref reference(String label) {
    Matcher rfc = RFC.matcher(label);
    if (rfc.matches()) {
      return withSection(XrefType.RFC, rfc.group(1).toLowerCase(Locale.ROOT), rfc.group(2));
    }
    Matcher draft = DRAFT.matcher(label);
    if (draft.matches()) {
      return withSection(XrefType.DRAFT, draft.group(1), draft.group(2));
    }
    if (label.startsWith("http://") || label.startsWith("https://")) {
      return Xref.of(XrefType.URI, label);
    }
    if (FOOTNOTE.matcher(label).matches()) {
      return Xref.of(XrefType.NOTE, label);
    }
    return Xref.text(label);
  }

  private static Xref withSection(XrefType type, String data, String section) {
    return new Xref(type, Optional.of(data), Optional.ofNullable(section), Optional.empty());
  }
}
