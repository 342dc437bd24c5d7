package org.portreg.store;

import java.util.List;
import org.portreg.format.ReadOptions;
import org.portreg.format.xml.XmlFormat;
import org.portreg.model.ServiceRecord;

/** Record rows' XML text read back into records, a few at a time. */
final class RecordBodies {
  private static final String WRAPPER_START =
      "<registry xmlns=\"http://www.iana.org/assignments\" id=\"rows\">"
          + "<updated>2000-01-01</updated>";

  private RecordBodies() {}

  /** The records of {@code bodies}, in their order, parsed in one synthetic document. */
  static List<ServiceRecord> parse(List<String> bodies, String source) {
    if (bodies.isEmpty()) {
      return List.of();
    }
    StringBuilder xml = new StringBuilder(WRAPPER_START);
    bodies.forEach(xml::append);
    xml.append("\n</registry>\n");
    return XmlFormat.readText(xml.toString(), source, ReadOptions.STRICT).registry().records();
  }
}
