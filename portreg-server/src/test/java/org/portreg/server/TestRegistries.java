package org.portreg.server;

import org.portreg.format.xml.XmlFormat;
import org.portreg.model.Registry;

/** Small registries written for the tests, in IANA's XML layout. */
final class TestRegistries {
  private TestRegistries() {}

  /**
   * A registry of {@code updated} with {@code count} numbered records ({@code svc1} on port 1001,
   * ...), plus the given extra record XML and people XML.
   */
  static Registry of(String updated, int count, String extraRecords, String people) {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version='1.0' encoding='UTF-8'?>\n");
    xml.append("<registry xmlns=\"http://www.iana.org/assignments\"");
    xml.append(" id=\"service-names-port-numbers\">\n");
    xml.append("  <title>Test Port Registry</title>\n");
    xml.append("  <category>Service Names and Transport Protocol Port Numbers</category>\n");
    xml.append("  <updated>").append(updated).append("</updated>\n");
    xml.append("  <xref type=\"rfc\" data=\"rfc6335\"/>\n");
    xml.append("  <expert>TCP/UDP: Test Expert</expert>\n");
    xml.append("  <note>First paragraph\nstill first.\n\nSecond paragraph.</note>\n");
    xml.append("  <note title=\"Request an Assignment\">\n");
    xml.append("    <xref type=\"uri\" data=\"https://www.iana.org/protocols/apply\"/>\n");
    xml.append("  </note>\n");
    for (int i = 1; i <= count; i++) {
      xml.append("  <record date=\"2020-01-0").append(1 + i % 9).append("\">\n");
      xml.append("    <name>svc").append(i).append("</name>\n");
      xml.append("    <protocol>tcp</protocol>\n");
      xml.append("    <description>Service ").append(i).append("</description>\n");
      xml.append("    <number>").append(1000 + i).append("</number>\n");
      xml.append("    <xref type=\"person\" data=\"Ann_Example\"/>\n");
      xml.append("  </record>\n");
    }
    xml.append(extraRecords);
    xml.append("  <people>\n");
    xml.append("    <person id=\"Ann_Example\">\n      <name>Ann Example</name>\n");
    xml.append("      <uri>mailto:ann&amp;example.org</uri>\n");
    xml.append("      <updated>2020-01-01</updated>\n    </person>\n");
    xml.append(people);
    xml.append("  </people>\n</registry>\n");
    return XmlFormat.read(
        xml.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), "test.xml");
  }

  /** {@code count} plain records and Ann. */
  static Registry plain(String updated, int count) {
    return of(updated, count, "", "");
  }
}
