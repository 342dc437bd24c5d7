package org.portreg.format.html;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.portreg.format.RecordColumns;
import org.portreg.model.Inline;
import org.portreg.model.RichText;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;

/**
 * Renders cell content: rich text with its line breaks, references as links where they lead
 * somewhere safe, person IDs as links into the contact table. Not thread-safe (one per page).
 */
final class HtmlCells {
  private final StringBuilder out;
  private Set<String> shownPeople = Set.of();

  HtmlCells(StringBuilder out) {
    this.out = out;
  }

  /** The IDs of the people the contact table shows; person references link to them. */
  void showPeople(Set<String> ids) {
    shownPeople = Set.copyOf(ids);
  }

  /** An element id: the prefix and the value with white space replaced. */
  static String anchor(String prefix, String value) {
    StringBuilder id = new StringBuilder(prefix.length() + value.length()).append(prefix);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      id.append(Character.isWhitespace(c) ? '_' : c);
    }
    return id.toString();
  }

  /**
   * Rich text: text escaped, {@code <br/>} for line breaks, references in brackets (the header's
   * notes keep their line layout through the stylesheet).
   */
  void richText(RichText text, boolean stripEnds) {
    int last = text.parts().size() - 1;
    for (int i = 0; i <= last; i++) {
      Inline part = text.parts().get(i);
      if (part instanceof Inline.Text t) {
        String value = stripEnds && i == 0 ? t.value().stripLeading() : t.value();
        Html.escape(out, stripEnds && i == last ? value.stripTrailing() : value);
      } else if (part instanceof Inline.LineBreak) {
        out.append("<br/>");
      } else if (part instanceof Inline.Reference r) {
        reference(r.xref());
      } else if (part instanceof Inline.Paragraph p) {
        out.append("<span class=\"paragraph\">");
        richText(p.content(), false);
        out.append("</span>");
      }
    }
  }

  /** A reference in brackets, linked when it leads to an RFC, a draft, a web page or a footnote. */
  void reference(Xref xref) {
    // the registry page shows a web reference by its text when it has one
    String shown =
        xref.type() == XrefType.URI
            ? xref.text().orElse(RecordColumns.reference(xref))
            : RecordColumns.reference(xref);
    String label = shown + xref.section().map(s -> ", Section " + s).orElse("");
    out.append('[');
    Optional<String> href = href(xref);
    if (href.isPresent()) {
      Html.link(out, href.get(), label);
    } else {
      Html.escape(out, label);
    }
    out.append(']');
  }

  private Optional<String> href(Xref xref) {
    String data = xref.data().orElse("");
    return switch (xref.type()) {
      case RFC -> Optional.of("https://www.rfc-editor.org/rfc/" + data.toLowerCase(Locale.ROOT));
      case DRAFT -> Optional.of("https://datatracker.ietf.org/doc/" + data);
      case URI -> isWebAddress(data) ? Optional.of(data) : Optional.empty();
      case NOTE -> Optional.of("#" + anchor("note-", data));
      case PERSON -> personHref(data);
      case TEXT -> Optional.empty();
    };
  }

  private Optional<String> personHref(String id) {
    return shownPeople.contains(id) ? Optional.of("#" + anchor("person-", id)) : Optional.empty();
  }

  /** Only web addresses become links: a {@code javascript:} URI in data must stay text. */
  static boolean isWebAddress(String uri) {
    String lower = uri.toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://");
  }

  /** {@code [A][B]}, each linked to the contact table when it shows the person. */
  void people(Iterable<String> ids) {
    for (String id : ids) {
      reference(Xref.person(id));
    }
  }

  /** Text, linked when {@code href} is present. */
  void linked(Optional<String> href, String text) {
    if (href.isPresent()) {
      Html.link(out, href.get(), text);
    } else {
      Html.escape(out, text);
    }
  }
}
