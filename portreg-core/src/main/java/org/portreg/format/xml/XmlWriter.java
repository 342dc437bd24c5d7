package org.portreg.format.xml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.portreg.model.Footnote;
import org.portreg.model.Inline;
import org.portreg.model.Note;
import org.portreg.model.Person;
import org.portreg.model.Registry;
import org.portreg.model.RegistryHeader;
import org.portreg.model.RichText;
import org.portreg.model.ServiceRecord;
import org.portreg.model.SourceSpelling;
import org.portreg.model.Xref;

/**
 * Writes a registry as IANA's XML. Parts whose value is unchanged from the file the registry was
 * read from are written with their original text; other parts in IANA's prevailing layout. Not
 * thread-safe: one instance per write.
 */
final class XmlWriter {
  static final String CANONICAL_PREFIX =
      "<?xml version='1.0' encoding='UTF-8'?>\n"
          + "<?xml-stylesheet type=\"text/xsl\" href=\"service-names-port-numbers.xsl\"?>\n"
          + "<?xml-model href=\"service-names-port-numbers.rng\""
          + " schematypens=\"http://relaxng.org/ns/structure/1.0\" ?>\n";
  static final String NAMESPACE = "http://www.iana.org/assignments";

  /** Written to {@link #sink} whenever a part ends past this many characters, when streaming. */
  private static final int FLUSH_AT = 1 << 16;

  private final StringBuilder out;
  private final Writer sink;
  private final SourceSpelling.Cursor spelling;
  private final Optional<SourceSpelling> source;

  /**
   * Only while {@link #spelled} writes: each part's value, and its original text or else where its
   * text starts and ends.
   */
  private List<Object> values;

  private List<String> originals;
  private List<int[]> spans;
  private final BitSet canonical = new BitSet();
  private int prefixEnd;
  private int suffixStart;

  private XmlWriter(Registry registry, int capacity, Writer sink) {
    this.out = new StringBuilder(capacity);
    this.sink = sink;
    this.source = registry.spelling().filter(s -> s.format().equals(XmlFormat.NAME));
    this.spelling = source.map(SourceSpelling::cursor).orElse(null);
  }

  /** The registry as XML text. */
  static String write(Registry registry) {
    XmlWriter writer = new XmlWriter(registry, 300 * registry.records().size() + 4096, null);
    writer.writeRegistry(registry);
    return writer.out.toString();
  }

  /**
   * Streams the registry as XML text to {@code sink}, a part at a time: the document is never held
   * whole. Does not close or flush {@code sink}.
   */
  static void write(Registry registry, Writer sink) throws IOException {
    XmlWriter writer = new XmlWriter(registry, 2 * FLUSH_AT, sink);
    try {
      writer.writeRegistry(registry);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    writer.flush();
  }

  /**
   * The registry as XML, cut where the writer put its parts: the spelling's prefix, texts and
   * suffix joined are {@link #write(Registry)}'s text, and each text is spelled for the value
   * written. {@code fresh} receives the indexes of the parts written in the canonical form rather
   * than with their original text. The parts kept with their original text are the original
   * strings, never copied into one text.
   */
  static SourceSpelling spelled(Registry registry, BitSet fresh) {
    XmlWriter writer = new XmlWriter(registry, 4096, null);
    writer.values = new ArrayList<>();
    writer.originals = new ArrayList<>();
    writer.spans = new ArrayList<>();
    writer.writeRegistry(registry);
    String text = writer.out.toString();
    List<String> texts = new ArrayList<>(writer.spans.size());
    for (int i = 0; i < writer.spans.size(); i++) {
      int[] span = writer.spans.get(i);
      texts.add(span == null ? writer.originals.get(i) : text.substring(span[0], span[1]));
    }
    fresh.or(writer.canonical);
    return new SourceSpelling(
        XmlFormat.NAME,
        text.substring(0, writer.prefixEnd),
        text.substring(writer.suffixStart),
        writer.values,
        texts);
  }

  private void flush() throws IOException {
    sink.append(out);
    out.setLength(0);
  }

  private void flushIfFull() {
    if (sink != null && out.length() >= FLUSH_AT) {
      try {
        flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private void writeRegistry(Registry registry) {
    RegistryHeader header = registry.header();
    out.append(source.map(SourceSpelling::prefix).orElseGet(() -> canonicalPrefix(header)));
    prefixEnd = out.length();
    writeHeader(header);
    registry.records().forEach(r -> part(r, () -> writeRecord(r)));
    registry.footnotes().forEach(f -> part(f, () -> writeFootnote(f)));
    writePeople(registry.people());
    suffixStart = out.length();
    out.append(source.map(SourceSpelling::suffix).orElse("\n</registry>\n"));
  }

  private static String canonicalPrefix(RegistryHeader header) {
    return CANONICAL_PREFIX
        + "<registry xmlns=\""
        + NAMESPACE
        + "\" id=\""
        + Escape.attribute(header.id())
        + "\">";
  }

  /** Writes the original text of {@code key} if the source has it, else the canonical form. */
  private void part(Object key, Runnable canonicalForm) {
    int start = out.length();
    String original = spelling == null ? null : spelling.take(key);
    if (original != null) {
      if (spans == null) {
        out.append(original);
      }
    } else {
      canonicalForm.run();
    }
    noteSpan(key, start, original);
    flushIfFull();
  }

  /**
   * Notes the part just written from {@code start}: a part a reader finds, which is one with its
   * original text (even an empty one) or one whose canonical form wrote anything.
   */
  private void noteSpan(Object key, int start, String original) {
    if (spans != null && (original != null || out.length() > start)) {
      if (original == null) {
        canonical.set(values.size());
      }
      values.add(key);
      originals.add(original);
      spans.add(original == null ? new int[] {start, out.length()} : null);
    }
  }

  private void writeHeader(RegistryHeader header) {
    simple("title", header.title());
    simple("category", header.category());
    part(
        new Part("updated", header.updated()),
        () -> element(1, "updated", header.updated().toString()));
    for (Xref xref : header.references()) {
      part(new Part("xref", xref), () -> xref(xref, 1));
    }
    header.experts().forEach(e -> simple("expert", e));
    for (Note note : header.notes()) {
      part(new Part("note", note), () -> writeNote(note));
    }
  }

  /** A header element; an empty title or category that the source lacks is not invented. */
  private void simple(String element, String value) {
    part(
        new Part(element, value),
        () -> {
          if (!value.isEmpty() || element.equals("expert")) {
            element(1, element, value);
          }
        });
  }

  private void writeNote(Note note) {
    indent(1).append("<note");
    note.title().ifPresent(t -> attribute("title", t));
    rich("note", note.text());
  }

  private void writeFootnote(Footnote footnote) {
    indent(1).append("<footnote");
    attribute("anchor", footnote.anchor());
    rich("footnote", footnote.text());
  }

  private void writeRecord(ServiceRecord r) {
    indent(1).append("<record");
    r.registered().ifPresent(d -> attribute("date", d.toString()));
    r.updated().ifPresent(d -> attribute("updated", d.toString()));
    out.append('>');
    r.name().ifPresent(n -> element(2, "name", n));
    r.protocol().ifPresent(p -> element(2, "protocol", p.token()));
    people("assignee", r.assignees());
    people("contact", r.contacts());
    r.persons().forEach(x -> xref(x, 2));
    indent(2).append("<description");
    rich("description", r.description());
    r.number().ifPresent(n -> element(2, "number", n.toString()));
    r.references().forEach(x -> xref(x, 2));
    r.serviceCode().ifPresent(c -> element(2, "sc", c));
    r.unauthorized().ifPresent(u -> richElement(2, "unauthorized", u));
    r.notes().ifPresent(n -> richElement(2, "note", n));
    indent(1).append("</record>");
  }

  private void people(String element, List<Xref> xrefs) {
    if (xrefs.isEmpty()) {
      return;
    }
    indent(2).append('<').append(element).append('>');
    xrefs.forEach(x -> xref(x, 3));
    indent(2).append("</").append(element).append('>');
  }

  private void writePeople(List<Person> people) {
    String open = spelling == null ? null : spelling.take(Part.PEOPLE_OPEN);
    if (open == null && people.isEmpty()) {
      return;
    }
    int start = out.length();
    if (open == null) {
      out.append("\n\n  <people>");
    } else if (spans == null) {
      out.append(open);
    }
    noteSpan(Part.PEOPLE_OPEN, start, open);
    people.forEach(p -> part(p, () -> writePerson(p)));
    part(Part.PEOPLE_CLOSE, () -> indent(1).append("</people>"));
  }

  private void writePerson(Person p) {
    indent(2).append("<person");
    attribute("id", p.id());
    out.append('>');
    p.name().ifPresent(v -> element(3, "name", v));
    p.org().ifPresent(v -> element(3, "org", v));
    p.uris().forEach(v -> element(3, "uri", v));
    p.updated().ifPresent(v -> element(3, "updated", v.toString()));
    indent(2).append("</person>");
  }

  private void richElement(int depth, String element, RichText text) {
    indent(depth).append('<').append(element);
    rich(element, text);
  }

  /** Closes an open start tag and writes the content and end tag; empty content self-closes. */
  private void rich(String element, RichText text) {
    if (text.isEmpty()) {
      out.append("/>");
      return;
    }
    out.append('>');
    inline(text);
    out.append("</").append(element).append('>');
  }

  private void inline(RichText text) {
    for (Inline part : text.parts()) {
      if (part instanceof Inline.Text t) {
        out.append(Escape.text(t.value()));
      } else if (part instanceof Inline.LineBreak) {
        out.append("<br/>");
      } else if (part instanceof Inline.Reference r) {
        xrefTag(r.xref());
      } else if (part instanceof Inline.Paragraph p) {
        out.append("<paragraph>");
        inline(p.content());
        out.append("</paragraph>");
      }
    }
  }

  private void xref(Xref xref, int depth) {
    indent(depth);
    xrefTag(xref);
  }

  private void xrefTag(Xref xref) {
    out.append("<xref");
    attribute("type", xref.type().token());
    xref.data().ifPresent(d -> attribute("data", d));
    xref.section().ifPresent(s -> attribute("section", s));
    if (xref.text().isPresent()) {
      out.append('>').append(Escape.text(xref.text().get())).append("</xref>");
    } else {
      out.append("/>");
    }
  }

  private void element(int depth, String element, String value) {
    indent(depth).append('<').append(element);
    if (value.isEmpty()) {
      out.append("/>");
    } else {
      out.append('>').append(Escape.text(value)).append("</").append(element).append('>');
    }
  }

  private void attribute(String name, String value) {
    out.append(' ').append(name).append("=\"").append(Escape.attribute(value)).append('"');
  }

  private StringBuilder indent(int depth) {
    out.append('\n');
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
    return out;
  }
}
