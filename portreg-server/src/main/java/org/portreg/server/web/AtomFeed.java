package org.portreg.server.web;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.portreg.diff.Diff;
import org.portreg.diff.DiffFormat;
import org.portreg.rules.ServiceNames;
import org.portreg.server.spi.DriftNotice;
import org.portreg.server.spi.VersionInfo;

/**
 * The Atom 1.0 feed of registry changes (RFC 4287): one entry per version, newest first, with the
 * diff summary against the version before it. Written with the JDK's StAX writer, which escapes
 * every value. Stateless.
 */
final class AtomFeed {
  static final String MEDIA_TYPE = "application/atom+xml; charset=utf-8";
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  /**
   * One entry of the feed.
   *
   * @param version the version
   * @param previous the version before it, or null for the oldest
   * @param diff the diff from {@code previous}, or null for the oldest
   * @param detailed whether the entry's content lists the field-level changes
   */
  record Entry(VersionInfo version, VersionInfo previous, Diff diff, boolean detailed) {}

  private AtomFeed() {}

  /**
   * The feed document; {@code base} is the server's public URL without a trailing slash, or empty
   * for links relative to the feed (its id is then a URN).
   */
  static byte[] write(String title, String base, List<Entry> entries) {
    return write(title, base, "/feed.atom", entries, List.of());
  }

  /**
   * As {@link #write(String, String, List)}, with the drift entries first: one per version and
   * local assignment the version took a port or name from.
   */
  static byte[] write(String title, String base, List<Entry> entries, List<DriftNotice> drift) {
    return write(title, base, "/feed.atom", entries, drift);
  }

  /**
   * The feed document at {@code self} (a path with its query, such as {@code
   * /feed.atom?search=http}); its entries' ids are its own when it is not the plain feed.
   */
  static byte[] write(String title, String base, String self, List<Entry> entries) {
    return write(title, base, self, entries, List.of());
  }

  private static byte[] write(
      String title, String base, String self, List<Entry> entries, List<DriftNotice> drift) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(ATOM);
      element(xml, "title", title + ": changes");
      element(xml, "id", feedId(base, self));
      element(xml, "updated", updated(entries, drift));
      link(xml, "self", base + self);
      link(xml, "alternate", base + "/versions");
      xml.writeStartElement("author");
      element(xml, "name", "portreg");
      xml.writeEndElement();
      for (DriftNotice d : drift) {
        driftEntry(xml, base, d);
      }
      for (Entry e : entries) {
        entry(xml, base, self, e);
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing the Atom feed: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  /** The feed's id: under the public URL when there is one, else a URN (never the Host header). */
  private static String feedId(String base, String self) {
    if (!base.isEmpty()) {
      return base + self;
    }
    return self.equals("/feed.atom")
        ? "urn:portreg:feed"
        : "urn:portreg:feed:" + URLEncoder.encode(self, StandardCharsets.UTF_8);
  }

  private static void entry(XMLStreamWriter xml, String base, String self, Entry e)
      throws XMLStreamException {
    String name = e.version().name();
    xml.writeStartElement("entry");
    element(xml, "title", "Registry of " + name);
    element(
        xml,
        "id",
        self.equals("/feed.atom")
            ? "urn:portreg:version:" + e.version().stableName()
            : feedId(base, self) + "#version-" + e.version().stableName());
    element(xml, "updated", time(e));
    link(
        xml,
        "alternate",
        e.previous() == null
            ? base + "/versions/" + name + "/"
            : base + "/diff?from=" + e.previous().name() + "&to=" + name);
    element(xml, "summary", summary(e));
    if (e.detailed() && e.diff() != null) {
      xml.writeStartElement("content");
      xml.writeAttribute("type", "text");
      xml.writeCharacters(DiffFormat.text(e.diff()));
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  /** The newest of the newest version's date and the drift entries' changes. */
  private static String updated(List<Entry> entries, List<DriftNotice> drift) {
    String newest = entries.isEmpty() ? "1970-01-01T00:00:00Z" : time(entries.get(0));
    Instant at = Instant.parse(newest);
    for (DriftNotice d : drift) {
      at = d.updated().isAfter(at) ? d.updated() : at;
    }
    return at.toString();
  }

  /**
   * The entry saying what one version took from one local assignment: its id is the version's
   * stable name and the entry's, so a reader sees one entry, updated when a finding is acknowledged
   * or the entry moves; it links to the entry's page, the colliding records' pages and the diff.
   */
  private static void driftEntry(XMLStreamWriter xml, String base, DriftNotice d)
      throws XMLStreamException {
    String key = ServiceNames.key(d.entry());
    xml.writeStartElement("entry");
    element(
        xml,
        "title",
        "Drift: the registry of "
            + d.version()
            + " takes what local assignment "
            + d.entry()
            + " uses");
    element(xml, "id", "urn:portreg:drift:" + d.stableName() + ":" + key);
    element(xml, "updated", d.updated().toString());
    link(xml, "alternate", base + "/local/" + key);
    for (String record : d.lines().stream().map(DriftNotice.Line::record).distinct().toList()) {
      link(xml, "related", base + record);
    }
    link(xml, "related", base + "/diff?from=" + d.previous() + "&to=" + d.version());
    StringBuilder text = new StringBuilder();
    for (DriftNotice.Line line : d.lines()) {
      text.append(line.text()).append(" [").append(line.key()).append("]: ");
      text.append(line.status()).append(": ").append(line.note()).append('\n');
    }
    element(xml, "summary", text.toString().strip());
    xml.writeEndElement();
  }

  static String summary(Entry e) {
    if (e.diff() == null) {
      return "First version: " + e.version().recordCount() + " records";
    }
    return "Since "
        + e.previous().name()
        + ": "
        + DetailModels.summary(e.diff())
        + "; "
        + e.version().recordCount()
        + " records";
  }

  private static String time(Entry e) {
    return e.version().updated().earliest() + "T00:00:00Z";
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("href", href);
  }
}
