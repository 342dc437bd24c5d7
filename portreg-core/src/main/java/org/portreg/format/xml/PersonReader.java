package org.portreg.format.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.portreg.format.ProblemCollector;
import org.portreg.model.PartialDate;
import org.portreg.model.Person;

/** Reads one {@code <person>} of the people table. Stateless. */
final class PersonReader {
  private PersonReader() {}

  /** Reads the person whose start tag is current; ends on its end tag. Null after a problem. */
  static Person read(XMLStreamReader xml, ProblemCollector problems) throws XMLStreamException {
    int line = xml.getLocation().getLineNumber();
    int column = xml.getLocation().getColumnNumber();
    String id = xml.getAttributeValue(null, "id");
    Optional<String> name = Optional.empty();
    Optional<String> org = Optional.empty();
    List<String> uris = new ArrayList<>(1);
    Optional<PartialDate> updated = Optional.empty();
    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
      String child = xml.getLocalName();
      switch (child) {
        case "name" -> name = Optional.of(TextReader.readPlain(xml));
        case "org" -> org = Optional.of(TextReader.readPlain(xml));
        case "uri" -> uris.add(TextReader.readPlain(xml));
        case "updated" -> updated = date(xml, problems);
        default -> {
          problems.report(line, column, "unexpected element <" + child + "> in <person>");
          TextReader.skipElement(xml);
        }
      }
    }
    if (id == null || id.isBlank()) {
      problems.report(line, column, "<person> has no id attribute");
      return null;
    }
    return new Person(id, name, org, uris, updated);
  }

  private static Optional<PartialDate> date(XMLStreamReader xml, ProblemCollector problems)
      throws XMLStreamException {
    int line = xml.getLocation().getLineNumber();
    int column = xml.getLocation().getColumnNumber();
    String text = TextReader.readPlain(xml);
    try {
      return Optional.of(PartialDate.parse(text.strip()));
    } catch (IllegalArgumentException e) {
      problems.report(line, column, "<person> <updated>: " + e.getMessage());
      return Optional.empty();
    }
  }
}
