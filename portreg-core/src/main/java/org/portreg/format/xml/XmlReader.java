package org.portreg.format.xml;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.portreg.error.RegistryFormatException;
import org.portreg.format.ProblemCollector;
import org.portreg.format.ReadOptions;
import org.portreg.format.ReadResult;
import org.portreg.model.Footnote;
import org.portreg.model.Note;
import org.portreg.model.PartialDate;
import org.portreg.model.Person;
import org.portreg.model.Registry;
import org.portreg.model.RegistryHeader;
import org.portreg.model.ServiceRecord;
import org.portreg.model.SourceSpelling;
import org.portreg.model.Xref;

/**
 * One read of a registry XML document. Streams with StAX; keeps the exact text of each part for
 * lossless writing. DTDs are refused outright, so no entity can be declared or expanded. Not
 * thread-safe: one instance per read.
 */
final class XmlReader {
  private static final XMLInputFactory FACTORY = newFactory();

  private final Utf8Text text;
  private final ProblemCollector problems;
  private final XMLStreamReader xml;
  private final SourceSpelling.Collector spelling = new SourceSpelling.Collector();
  private final RecordReader records;
  private final TagScanner tags;
  private int cursor;
  private int lastRank = -1;
  private String lastRanked = "";

  private String id = "";
  private String title = "";
  private String category = "";
  private PartialDate updated;
  private final List<Xref> references = new ArrayList<>();
  private final List<String> experts = new ArrayList<>();
  private final List<Note> notes = new ArrayList<>();
  private final List<ServiceRecord> recordList = new ArrayList<>();
  private final List<Footnote> footnotes = new ArrayList<>();
  private final List<Person> people = new ArrayList<>();

  private XmlReader(Utf8Text text, ProblemCollector problems) throws XMLStreamException {
    this.text = text;
    this.problems = problems;
    this.cursor = text.start();
    // The parser decodes the bytes itself, in chunks: the document is never one String.
    this.xml =
        FACTORY.createXMLStreamReader(
            new ByteArrayInputStream(text.bytes(), text.start(), text.length() - text.start()),
            "UTF-8");
    this.records = new RecordReader(xml, problems);
    this.tags = new TagScanner(text);
  }

  private static XMLInputFactory newFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return factory;
  }

  /**
   * Reads {@code utf8} (valid UTF-8, checked by the caller) from {@code start}, which is past a
   * byte-order mark if there is one; {@code source} names it in problems.
   */
  static ReadResult read(byte[] utf8, int start, String source, ReadOptions options) {
    Utf8Text text = new Utf8Text(utf8, start);
    ProblemCollector problems = new ProblemCollector(source, options);
    XmlReader reader = null;
    try {
      reader = new XmlReader(text, problems);
      Registry registry = reader.readDocument();
      return new ReadResult(registry, problems.problems());
    } catch (FieldTooLongException e) {
      throw problems.fatal(e.line(), e.column(), e.getMessage(), e);
    } catch (XMLStreamException e) {
      throw fatalAt(problems, e.getLocation(), "malformed XML: " + cleanMessage(e), e);
    } catch (RegistryFormatException e) {
      throw e;
    } catch (RuntimeException e) {
      // The JDK's StAX parser throws unchecked exceptions of its own on some malformed input
      // (found by fuzzing: MissingResourceException for a NUL inside a DOCTYPE).
      Location at = reader == null ? null : reader.xml.getLocation();
      throw fatalAt(problems, at, "malformed XML (" + e.getClass().getSimpleName() + ")", e);
    } finally {
      if (reader != null) {
        reader.close();
      }
    }
  }

  private static RegistryFormatException fatalAt(
      ProblemCollector problems, Location at, String message, Throwable cause) {
    return problems.fatal(
        at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber(), message, cause);
  }

  private void close() {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // Closing a reader over a string releases nothing that could fail.
    }
  }

  private static String cleanMessage(XMLStreamException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    int detail = message.indexOf("Message: ");
    return detail >= 0 ? message.substring(detail + 9).strip() : message.strip();
  }

  private Registry readDocument() throws XMLStreamException {
    int event = nextTag();
    if (event != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("registry")) {
      throw fatal("expected <registry> as the root element");
    }
    id = Optional.ofNullable(xml.getAttributeValue(null, "id")).orElse("");
    cursor = tags.afterNextStartTag();
    String prefix = text.substring(text.start(), cursor);
    readRegistryChildren();
    if (updated == null) {
      throw fatal("<registry> has no <updated> date");
    }
    RegistryHeader header =
        new RegistryHeader(id, title, category, updated, references, experts, notes);
    String suffix = text.substring(cursor);
    return new Registry(
        header,
        recordList,
        footnotes,
        people,
        Optional.of(spelling.build(XmlFormat.NAME, prefix, suffix)));
  }

  private void readRegistryChildren() throws XMLStreamException {
    while (nextTag() == XMLStreamConstants.START_ELEMENT) {
      String name = xml.getLocalName();
      checkOrder(name);
      switch (name) {
        case "record" -> keep(records.read(), recordList);
        case "people" -> readPeople();
        case "footnote" -> keep(readFootnote(), footnotes);
        default -> readHeaderElement(name);
      }
    }
  }

  private <T> void keep(T value, List<T> into) {
    into.add(value);
    mark(value);
  }

  /** Records the text up to the end of the element just read as the spelling of {@code key}. */
  private void mark(Object key) {
    markUpTo(key, tags.afterNextElement());
  }

  private void markUpTo(Object key, int end) {
    spelling.add(key, text.substring(cursor, end));
    cursor = end;
  }

  private void readHeaderElement(String name) throws XMLStreamException {
    Object value;
    switch (name) {
      case "title" -> value = title = TextReader.readPlain(xml);
      case "category" -> value = category = TextReader.readPlain(xml);
      case "updated" -> value = updated = readDate();
      case "expert" -> value = keepAndReturn(TextReader.readPlain(xml), experts);
      case "xref" -> value = keepIfRead(TextReader.readXref(xml, problems), references);
      case "note" -> value = keepAndReturn(readNote(), notes);
      default -> {
        problems.report(line(), column(), "unexpected element <" + name + "> in <registry>");
        TextReader.skipElement(xml);
        tags.afterNextElement();
        return;
      }
    }
    mark(new Part(name, value));
  }

  private static <T> Object keepIfRead(T value, List<T> into) {
    return value == null ? new Object() : keepAndReturn(value, into);
  }

  private static <T> T keepAndReturn(T value, List<T> into) {
    into.add(value);
    return value;
  }

  private PartialDate readDate() throws XMLStreamException {
    int line = line();
    int column = column();
    String value = TextReader.readPlain(xml).strip();
    try {
      return PartialDate.parse(value);
    } catch (IllegalArgumentException e) {
      throw problems.fatal(line, column, "<updated>: " + e.getMessage(), e);
    }
  }

  private Note readNote() throws XMLStreamException {
    Optional<String> noteTitle = Optional.ofNullable(xml.getAttributeValue(null, "title"));
    return new Note(noteTitle, TextReader.readRich(xml, problems));
  }

  private Footnote readFootnote() throws XMLStreamException {
    String anchor = Optional.ofNullable(xml.getAttributeValue(null, "anchor")).orElse("");
    return new Footnote(anchor, TextReader.readRich(xml, problems));
  }

  /**
   * The registry's children in the order the writer puts them. Records and footnotes share a rank:
   * the store's own documents hold a newly assigned record after the footnotes.
   */
  private static final List<String> ORDER =
      List.of("title", "category", "updated", "xref", "expert", "note", "record", "people");

  /** Of these a registry has one. */
  private static final List<String> SINGLE = List.of("title", "category", "updated", "people");

  /**
   * Reports a child out of the writer's order, or a second of one that must be single: either would
   * not be written back as it was read (found by fuzzing: a {@code <people/>} before {@code
   * <updated>}, a {@code <note>} before an {@code <expert>}). Unknown elements are reported
   * elsewhere.
   */
  private void checkOrder(String name) {
    int rank = ORDER.indexOf(name.equals("footnote") ? "record" : name);
    if (rank < 0) {
      return;
    }
    if (rank < lastRank) {
      problems.report(
          line(),
          column(),
          "<"
              + name
              + "> after <"
              + lastRanked
              + ">: the children of <registry> come in the order title, category, updated, xref,"
              + " expert, note, then records and footnotes, then people");
    } else if (rank == lastRank && SINGLE.contains(name)) {
      problems.report(line(), column(), "a registry has one <" + name + ">; this is another");
    }
    if (rank >= lastRank) {
      lastRank = rank;
      lastRanked = name;
    }
  }

  private void readPeople() throws XMLStreamException {
    markUpTo(Part.PEOPLE_OPEN, tags.afterNextStartTag());
    boolean selfClosing = tags.lastWasSelfClosing();
    while (nextTag() == XMLStreamConstants.START_ELEMENT) {
      if (xml.getLocalName().equals("person")) {
        Person person = PersonReader.read(xml, problems);
        if (person != null) {
          keep(person, people);
        } else {
          tags.afterNextElement();
        }
      } else {
        problems.report(
            line(), column(), "unexpected element <" + xml.getLocalName() + "> in <people>");
        TextReader.skipElement(xml);
        tags.afterNextElement();
      }
    }
    markUpTo(Part.PEOPLE_CLOSE, selfClosing ? cursor : tags.afterNextEndTag());
  }

  /** Moves to the next start or end tag, refusing DTDs and non-white text between elements. */
  private int nextTag() throws XMLStreamException {
    while (xml.hasNext()) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT:
          return event;
        case XMLStreamConstants.DTD:
          throw fatal("DOCTYPE declarations are not allowed (no DTDs, no entities)");
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA:
          if (!xml.isWhiteSpace()) {
            problems.report(line(), column(), "unexpected text between elements");
          }
          break;
        case XMLStreamConstants.ENTITY_REFERENCE:
          throw fatal("undeclared entity &" + xml.getLocalName() + ";");
        default:
          break;
      }
    }
    return XMLStreamConstants.END_DOCUMENT;
  }

  private RuntimeException fatal(String message) {
    return problems.fatal(line(), column(), message, null);
  }

  private int line() {
    return xml.getLocation().getLineNumber();
  }

  private int column() {
    return xml.getLocation().getColumnNumber();
  }
}
