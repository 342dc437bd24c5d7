package org.portreg.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.portreg.error.InvalidInputException;
import org.portreg.model.PartialDate;
import org.portreg.model.PortRange;
import org.portreg.model.RecordStatus;
import org.portreg.model.Transport;

/** Splits a query into terms and parses the structured ones. */
final class QueryParser {
  static final Set<String> KEYS =
      Set.of("port", "proto", "status", "name", "assignee", "ref", "updated");

  /** The most terms a query may have. */
  static final int MAX_TERMS = 32;

  /** The most characters one term may have (a quoted phrase counts as one term). */
  static final int MAX_TERM_LENGTH = 256;

  /** The most stars a {@code name:} glob may have. */
  static final int MAX_STARS = 16;

  private QueryParser() {}

  /**
   * The terms of {@code query}.
   *
   * @throws InvalidInputException for a malformed structured term or a query past the limits
   */
  static List<Term> parse(String query) {
    List<Term> terms = new ArrayList<>();
    int i = 0;
    while (i < query.length()) {
      if (Character.isWhitespace(query.charAt(i))) {
        i++;
      } else if (query.charAt(i) == '"') {
        int close = query.indexOf('"', i + 1);
        int end = close < 0 ? query.length() : close;
        addQuoted(terms, checkedTerm(terms, query, i + 1, end));
        i = end + 1;
      } else {
        int end = i;
        while (end < query.length() && !Character.isWhitespace(query.charAt(end))) {
          end++;
        }
        terms.add(parseToken(checkedTerm(terms, query, i, end)));
        i = end;
      }
    }
    return terms;
  }

  /** The term at {@code query[start, end)} after checking the term limits. */
  private static String checkedTerm(List<Term> terms, String query, int start, int end) {
    if (terms.size() >= MAX_TERMS) {
      throw new InvalidInputException(
          "search: too many terms: at most " + MAX_TERMS + " are allowed");
    }
    if (end - start > MAX_TERM_LENGTH) {
      throw new InvalidInputException(
          "search: term '"
              + shortened(query.substring(start, start + 20))
              + "' is too long: at most "
              + MAX_TERM_LENGTH
              + " characters are allowed, was "
              + (end - start));
    }
    return query.substring(start, end);
  }

  private static String shortened(String text) {
    return text + "…";
  }

  private static void addQuoted(List<Term> terms, String words) {
    if (!words.isBlank()) {
      terms.add(new TextTerm(words.strip(), true));
    }
  }

  private static Term parseToken(String token) {
    String key = FieldTerms.key(token);
    if (!KEYS.contains(key)) {
      return new TextTerm(token, false);
    }
    String value = token.substring(key.length() + 1);
    try {
      if (value.isEmpty()) {
        throw new IllegalArgumentException(key + " needs a value");
      }
      return parseField(key, value);
    } catch (IllegalArgumentException e) {
      // The model's parsers (PortRange, PartialDate) and ours state the rule in the message.
      throw new InvalidInputException("search: '" + token + "': " + e.getMessage(), e);
    }
  }

  private static Term parseField(String key, String value) {
    return switch (key) {
      case "port" -> new FieldTerms.PortTerm(PortRange.parse(value));
      case "proto" -> new FieldTerms.ProtoTerm(transport(value));
      case "status" -> status(value);
      case "name" -> FieldTerms.NameTerm.of(starsChecked(value));
      case "assignee" -> new FieldTerms.AssigneeTerm(unbracket(value));
      case "ref" -> new FieldTerms.RefTerm(unbracket(value));
      default -> updated(value);
    };
  }

  private static String starsChecked(String glob) {
    long stars = glob.chars().filter(c -> c == '*').count();
    if (stars > MAX_STARS) {
      throw new IllegalArgumentException(
          "at most " + MAX_STARS + " '*' are allowed in a name pattern, was " + stars);
    }
    return glob;
  }

  private static Transport transport(String value) {
    return Transport.parse(value)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "transport must be tcp, udp, sctp or dccp, was '" + value + "'"));
  }

  private static Term status(String value) {
    String v = value.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    for (RecordStatus.Base base : RecordStatus.Base.values()) {
      if (base.name().toLowerCase(Locale.ROOT).equals(v)) {
        return new FieldTerms.StatusTerm(Optional.of(base), Optional.empty());
      }
    }
    for (RecordStatus kind : RecordStatus.values()) {
      if (kind.name().toLowerCase(Locale.ROOT).replace("_", "").equals(v)) {
        return new FieldTerms.StatusTerm(Optional.empty(), Optional.of(kind));
      }
    }
    throw new IllegalArgumentException(
        "status must be assigned, reserved, unassigned, de-registered, removed, deprecated,"
            + " decommissioned, private-use or unclassified, was '"
            + value
            + "'");
  }

  private static Term updated(String value) {
    String operator = "=";
    for (String op : List.of(">=", "<=", ">", "<", "=")) {
      if (value.startsWith(op)) {
        operator = op;
        break;
      }
    }
    String date = value.startsWith(operator) ? value.substring(operator.length()) : value;
    return new FieldTerms.UpdatedTerm(operator, PartialDate.parse(date));
  }

  private static String unbracket(String value) {
    return value.startsWith("[") && value.endsWith("]") && value.length() > 1
        ? value.substring(1, value.length() - 1)
        : value;
  }
}
