package org.portreg.format.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.portreg.format.ProblemCollector;
import org.portreg.format.ReadOptions;
import org.portreg.model.Inline;
import org.portreg.model.RichText;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;

/** Reads element content: plain text, rich text, xrefs. Stateless. */
final class TextReader {
  private TextReader() {}

  /**
   * The text of the current element, which must hold no child elements; ends on its end tag. Like
   * {@link XMLStreamReader#getElementText()}, but refuses text longer than {@link
   * ReadOptions#MAX_FIELD_CHARS} while the parser hands over its chunks of at most 16 Ki, so a junk
   * text node of many megabytes is refused before it is held.
   */
  static String readPlain(XMLStreamReader xml) throws XMLStreamException {
    String owner = xml.getLocalName();
    FieldStart at = FieldStart.of(xml);
    int event = xml.next();
    if (event == XMLStreamConstants.END_ELEMENT) {
      return "";
    }
    if (event == XMLStreamConstants.CHARACTERS
        && xml.getTextLength() <= ReadOptions.MAX_FIELD_CHARS) {
      // Nearly every field is one chunk of text: take it as it is, without a builder.
      String only = xml.getText();
      event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        return only;
      }
      return readPlain(xml, owner, at, new StringBuilder(only), event);
    }
    return readPlain(xml, owner, at, new StringBuilder(), event);
  }

  /** The rest of {@link #readPlain(XMLStreamReader)} from {@code event}, after {@code text}. */
  private static String readPlain(
      XMLStreamReader xml, String owner, FieldStart at, StringBuilder text, int first)
      throws XMLStreamException {
    int event = first;
    while (true) {
      switch (event) {
        case XMLStreamConstants.CHARACTERS,
                XMLStreamConstants.CDATA,
                XMLStreamConstants.SPACE,
                XMLStreamConstants.ENTITY_REFERENCE ->
            append(text, xml, at);
        case XMLStreamConstants.END_ELEMENT -> {
          return text.toString();
        }
        case XMLStreamConstants.START_ELEMENT ->
            throw new XMLStreamException(
                "<" + owner + "> may hold only text, found <" + xml.getLocalName() + ">",
                xml.getLocation());
        case XMLStreamConstants.END_DOCUMENT ->
            throw new XMLStreamException(
                "the document ends inside <" + owner + ">", xml.getLocation());
        default -> {
          // Comments and processing instructions are not part of the text.
        }
      }
      event = xml.next();
    }
  }

  /** Appends the current text event to {@code text}, refusing past the field limit. */
  private static void append(StringBuilder text, XMLStreamReader xml, FieldStart at)
      throws FieldTooLongException {
    if ((long) text.length() + xml.getTextLength() > ReadOptions.MAX_FIELD_CHARS) {
      throw new FieldTooLongException(at.element(), at.line(), at.column());
    }
    text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
  }

  /**
   * The content of the current element as rich text: text kept verbatim, {@code <br/>}, {@code
   * <xref>} and {@code <paragraph>}. Ends on the element's end tag.
   */
  static RichText readRich(XMLStreamReader xml, ProblemCollector problems)
      throws XMLStreamException {
    String owner = xml.getLocalName();
    FieldStart at = FieldStart.of(xml);
    List<Inline> parts = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.CHARACTERS
          || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) {
        append(pending, xml, at);
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        flush(pending, parts);
        Inline inline = readInline(xml, owner, problems);
        if (inline != null) {
          parts.add(inline);
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        flush(pending, parts);
        return new RichText(parts);
      }
    }
  }

  /** Where an element's text starts (just after its start tag), for the too-long problem. */
  private record FieldStart(String element, int line, int column) {
    static FieldStart of(XMLStreamReader xml) {
      Location at = xml.getLocation();
      return new FieldStart(xml.getLocalName(), at.getLineNumber(), at.getColumnNumber());
    }
  }

  private static void flush(StringBuilder pending, List<Inline> parts) {
    if (pending.length() > 0) {
      parts.add(new Inline.Text(pending.toString()));
      pending.setLength(0);
    }
  }

  private static Inline readInline(XMLStreamReader xml, String owner, ProblemCollector problems)
      throws XMLStreamException {
    switch (xml.getLocalName()) {
      case "br":
        skipElement(xml);
        return new Inline.LineBreak();
      case "xref":
        Xref xref = readXref(xml, problems);
        return xref == null ? null : new Inline.Reference(xref);
      case "paragraph":
        return new Inline.Paragraph(readRich(xml, problems));
      default:
        problems.report(
            xml.getLocation().getLineNumber(),
            xml.getLocation().getColumnNumber(),
            "unexpected element <" + xml.getLocalName() + "> in <" + owner + ">");
        skipElement(xml);
        return null;
    }
  }

  /**
   * The current {@code <xref>} element; ends on its end tag. Returns null (after reporting) when
   * its type is missing or unknown.
   */
  static Xref readXref(XMLStreamReader xml, ProblemCollector problems) throws XMLStreamException {
    int line = xml.getLocation().getLineNumber();
    int column = xml.getLocation().getColumnNumber();
    String typeText = xml.getAttributeValue(null, "type");
    Optional<String> data = Optional.ofNullable(xml.getAttributeValue(null, "data"));
    Optional<String> section = Optional.ofNullable(xml.getAttributeValue(null, "section"));
    String content = readPlain(xml);
    Optional<XrefType> type = XrefType.parse(typeText == null ? "" : typeText);
    if (type.isEmpty()) {
      problems.report(
          line,
          column,
          "xref type must be one of person, rfc, draft, uri, text, note; was '" + typeText + "'");
      return null;
    }
    Optional<String> text = content.isEmpty() ? Optional.empty() : Optional.of(content);
    return new Xref(type.get(), data, section, text);
  }

  /** Skips the current element and everything inside it; ends on its end tag. */
  static void skipElement(XMLStreamReader xml) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }
}
