package org.portreg.store;

import org.portreg.format.ReadOptions;
import org.portreg.format.xml.XmlFormat;
import org.portreg.model.Registry;

/** Small registries written inline, in IANA's layout. */
final class Fixtures {
  private Fixtures() {}

  /** A record element: {@code name}, {@code protocol}, {@code number}, {@code description}. */
  static String record(String name, String protocol, String number, String description) {
    return "\n  <record>\n    <name>"
        + name
        + "</name>\n    <protocol>"
        + protocol
        + "</protocol>\n    <description>"
        + description
        + "</description>\n    <number>"
        + number
        + "</number>\n    <xref type=\"person\" data=\"Ann_Example\"/>\n  </record>";
  }

  /** The XML text of a registry dated {@code date} holding {@code records} (record elements). */
  static String xml(String date, String expert, String... records) {
    return "<?xml version='1.0' encoding='UTF-8'?>\n"
        + "<registry xmlns=\"http://www.iana.org/assignments\" id=\"service-names-port-numbers\">\n"
        + "  <title>Service Name and Transport Protocol Port Number Registry</title>\n"
        + "  <category>Service Names and Transport Protocol Port Numbers</category>\n"
        + "  <updated>"
        + date
        + "</updated>\n  <expert>"
        + expert
        + "</expert>"
        + String.join("", records)
        + "\n\n  <people>\n    <person id=\"Ann_Example\">\n      <name>Ann Example</name>\n"
        + "    </person>\n  </people>\n</registry>\n";
  }

  /** The registry of an XML text. */
  static Registry parse(String xml) {
    return XmlFormat.readText(xml, "fixture.xml", ReadOptions.STRICT).registry();
  }
}
