package org.portreg.server.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.portreg.format.RecordColumns;
import org.portreg.model.Inline;
import org.portreg.model.RichText;
import org.portreg.model.Xref;
import org.portreg.server.web.view.Span;

/**
 * Turns registry text and references into spans for the templates. Links go only to the server's
 * own pages and to http(s) URIs, so no data can smuggle a {@code javascript:} link. Stateless.
 */
final class Spans {
  private Spans() {}

  /** Rich text with its line breaks and references. */
  static List<Span> of(RichText text) {
    List<Span> spans = new ArrayList<>();
    append(spans, text);
    return spans;
  }

  private static void append(List<Span> spans, RichText text) {
    for (Inline part : text.parts()) {
      if (part instanceof Inline.Text t) {
        spans.add(Span.text(t.value()));
      } else if (part instanceof Inline.LineBreak) {
        spans.add(Span.BREAK);
      } else if (part instanceof Inline.Reference r) {
        spans.add(xref(r.xref()));
      } else if (part instanceof Inline.Paragraph p) {
        append(spans, p.content());
      }
    }
  }

  /** Plain text as one span, or none when empty. */
  static List<Span> text(String text) {
    return text.isEmpty() ? List.of() : List.of(Span.text(text));
  }

  /** A reference as the registry shows it, {@code [RFC9110]}, linked where it has a target. */
  static Span xref(Xref xref) {
    String label = "[" + RecordColumns.reference(xref) + "]";
    String href = hrefOf(xref);
    return href == null ? Span.text(label) : Span.link(label, href);
  }

  /** {@code [ID]} links to each person's page. */
  static List<Span> people(List<String> ids) {
    return ids.stream().map(id -> Span.link("[" + id + "]", personHref(id))).toList();
  }

  /** Each reference, in order. */
  static List<Span> references(List<Xref> xrefs) {
    return xrefs.stream().map(Spans::xref).toList();
  }

  /** The page of a person. */
  static String personHref(String id) {
    return "/person/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The target of a reference, or null when it has none worth linking. */
  static String hrefOf(Xref xref) {
    String data = xref.data().orElse("");
    return switch (xref.type()) {
      case PERSON -> personHref(data);
      case RFC ->
          data.matches("(?i)rfc[0-9]+")
              ? "https://www.rfc-editor.org/rfc/" + data.toLowerCase(Locale.ROOT) + ".html"
              : null;
      case DRAFT ->
          data.matches("draft-[A-Za-z0-9._-]+")
              ? "https://datatracker.ietf.org/doc/" + data + "/"
              : null;
      case URI -> safeUri(data);
      case NOTE -> "#footnote-" + URLEncoder.encode(data, StandardCharsets.UTF_8);
      default -> null;
    };
  }

  /**
   * The URI when it is http or https, else null; characters a URL may not hold (a space, a quote,
   * angle brackets, braces...) are percent-encoded, so the link is a valid URL (issue 15).
   */
  static String safeUri(String uri) {
    String lower = uri.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://")
        ? percentEncodeIllegal(uri.strip())
        : null;
  }

  private static String percentEncodeIllegal(String uri) {
    StringBuilder out = new StringBuilder(uri.length());
    for (char c : uri.toCharArray()) {
      if (c <= ' ' || c == 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0) {
        out.append('%').append(String.format(Locale.ROOT, "%02X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
