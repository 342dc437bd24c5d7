package org.portreg.format.xml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.portreg.format.ProblemCollector;
import org.portreg.model.PartialDate;
import org.portreg.model.PortRange;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.model.Xref;

/** Reads one {@code <record>}, with its children in any order. Not thread-safe. */
final class RecordReader {
  private final XMLStreamReader xml;
  private final ProblemCollector problems;

  RecordReader(XMLStreamReader xml, ProblemCollector problems) {
    this.xml = xml;
    this.problems = problems;
  }

  /** Reads the record whose start tag is current; ends on its end tag. */
  ServiceRecord read() throws XMLStreamException {
    ServiceRecord.Builder record = ServiceRecord.builder();
    record.registered(dateAttribute("date"));
    record.updated(dateAttribute("updated"));
    while (nextChild()) {
      readChild(record);
    }
    return record.build();
  }

  private boolean nextChild() throws XMLStreamException {
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (event == XMLStreamConstants.END_ELEMENT) {
        return false;
      }
      if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
          && !xml.isWhiteSpace()) {
        report("unexpected text in <record>");
      }
    }
  }

  private void readChild(ServiceRecord.Builder record) throws XMLStreamException {
    String child = xml.getLocalName();
    switch (child) {
      case "name" -> record.name(TextReader.readPlain(xml));
      case "protocol" -> readProtocol(record);
      case "description" -> record.description(TextReader.readRich(xml, problems));
      case "number" -> readNumber(record);
      case "assignee" -> readPeople(record, true);
      case "contact" -> readPeople(record, false);
      case "xref" -> addXref(record);
      case "sc" -> record.serviceCode(TextReader.readPlain(xml));
      case "unauthorized" -> record.unauthorized(TextReader.readRich(xml, problems));
      case "note" -> record.notes(TextReader.readRich(xml, problems));
      default -> {
        report("unexpected element <" + child + "> in <record>");
        TextReader.skipElement(xml);
      }
    }
  }

  private void addXref(ServiceRecord.Builder record) throws XMLStreamException {
    Xref xref = TextReader.readXref(xml, problems);
    if (xref != null) {
      record.addXref(xref);
    }
  }

  private void readProtocol(ServiceRecord.Builder record) throws XMLStreamException {
    int line = line();
    int column = column();
    String text = TextReader.readPlain(xml);
    Transport.parse(text.strip())
        .ifPresentOrElse(
            record::protocol,
            () ->
                problems.report(
                    line,
                    column,
                    "protocol must be one of tcp, udp, sctp, dccp; was '" + text + "'"));
  }

  private void readNumber(ServiceRecord.Builder record) throws XMLStreamException {
    int line = line();
    int column = column();
    String text = TextReader.readPlain(xml);
    try {
      record.number(PortRange.parse(text.strip()));
    } catch (IllegalArgumentException e) {
      problems.report(line, column, "<number>: " + e.getMessage());
    }
  }

  private void readPeople(ServiceRecord.Builder record, boolean assignee)
      throws XMLStreamException {
    String owner = xml.getLocalName();
    while (nextChild()) {
      if (!xml.getLocalName().equals("xref")) {
        report("unexpected element <" + xml.getLocalName() + "> in <" + owner + ">");
        TextReader.skipElement(xml);
        continue;
      }
      Xref xref = TextReader.readXref(xml, problems);
      if (xref != null && assignee) {
        record.addAssignee(xref);
      } else if (xref != null) {
        record.addContact(xref);
      }
    }
  }

  private PartialDate dateAttribute(String attribute) {
    String value = xml.getAttributeValue(null, attribute);
    if (value == null) {
      return null;
    }
    try {
      return PartialDate.parse(value);
    } catch (IllegalArgumentException e) {
      report("record @" + attribute + ": " + e.getMessage());
      return null;
    }
  }

  private void report(String message) {
    problems.report(line(), column(), message);
  }

  private int line() {
    return xml.getLocation().getLineNumber();
  }

  private int column() {
    return xml.getLocation().getColumnNumber();
  }
}
