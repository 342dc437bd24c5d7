package org.portreg.format.excerpt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.portreg.format.ProblemCollector;
import org.portreg.model.PartialDate;

/**
 * Reads one row of the Contact Information table. Empty cells are dropped there too, so each value
 * is placed by what it is: the {@code [ID]} first, a URI ({@code scheme:…}), a date, and free text
 * for the name and then the organization.
 */
final class ContactParser {
  private static final Pattern URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S+");
  private static final Pattern ID = Pattern.compile("\\[([^\\[\\]]+)\\]");

  private ContactParser() {}

  static Optional<ExcerptContact> parse(
      List<Value> values, boolean plain, boolean organizationColumn, ProblemCollector problems) {
    Value first = values.get(0);
    var id = ID.matcher(first.text());
    if (!id.matches()) {
      problems.report(
          first.line(),
          first.column(),
          "contact row must start with [ID], was '" + first.text() + "'");
      return Optional.empty();
    }
    Placed placed = new Placed();
    for (Value v : plain ? plainValues(values) : values.subList(1, values.size())) {
      placed.add(v.text());
    }
    List<String> texts = placed.texts;
    return Optional.of(
        new ExcerptContact(
            first.line(),
            id.group(1),
            at(texts, 0),
            at(texts, 1),
            placed.uri,
            placed.updated,
            organizationColumn && texts.size() == 1));
  }

  /** The values of a contact row by what they are: the first URI, a date, the free texts. */
  private static final class Placed {
    final List<String> texts = new ArrayList<>();
    Optional<String> uri = Optional.empty();
    Optional<PartialDate> updated = Optional.empty();

    void add(String text) {
      if (URI.matcher(text).matches() && uri.isEmpty()) {
        uri = Optional.of(text);
      } else if (ValueKind.isDate(text)) {
        updated = Optional.of(PartialDate.parse(text));
      } else {
        texts.add(text);
      }
    }
  }

  /** In plain text the name's words are separate tokens: join the words before the URI or date. */
  private static List<Value> plainValues(List<Value> tokens) {
    List<Value> values = new ArrayList<>();
    StringBuilder name = new StringBuilder();
    for (Value token : tokens.subList(1, tokens.size())) {
      boolean structural = URI.matcher(token.text()).matches() || ValueKind.isDate(token.text());
      if (structural || !values.isEmpty()) {
        values.add(token);
      } else {
        name.append(name.length() == 0 ? "" : " ").append(token.text());
      }
    }
    if (name.length() > 0) {
      Value first = tokens.get(1);
      values.add(0, new Value(name.toString(), first.line(), first.column(), ValueKind.TEXT));
    }
    return values;
  }

  private static Optional<String> at(List<String> texts, int index) {
    return index < texts.size() ? Optional.of(texts.get(index)) : Optional.empty();
  }
}
