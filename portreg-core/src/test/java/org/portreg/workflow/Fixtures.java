package org.portreg.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.portreg.model.PartialDate;
import org.portreg.model.Person;
import org.portreg.model.PortRange;
import org.portreg.model.Registry;
import org.portreg.model.RegistryHeader;
import org.portreg.model.RichText;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;

/** A small registry written for these tests, shaped like the real one, and requests against it. */
final class Fixtures {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-01T10:00:00Z"), ZoneOffset.UTC);
  static final PartialDate TODAY = PartialDate.parse("2026-09-01");
  static final Contact ALICE = Contact.of("Alice_Example", "Alice Example", "alice@example.org");
  static final Contact BOB =
      new Contact("Bob_Example", "Bob Example", Optional.of("Example Corp"), "bob@example.org");

  private Fixtures() {}

  static ServiceRecord record(String name, Transport t, String port, String description) {
    ServiceRecord.Builder b = ServiceRecord.builder().description(description);
    if (name != null) {
      b.name(name);
    }
    if (t != null) {
      b.protocol(t);
    }
    if (port != null) {
      b.number(PortRange.parse(port));
    }
    return b.build();
  }

  static ServiceRecord owned(String name, Transport t, String port, String person) {
    return record(name, t, port, name + " service").toBuilder()
        .addXref(Xref.person(person))
        .build();
  }

  static Registry registry() {
    List<ServiceRecord> r = new ArrayList<>();
    r.add(record(null, Transport.TCP, "0", "Reserved"));
    r.add(record(null, Transport.UDP, "0", "Reserved"));
    r.add(owned("echo", Transport.TCP, "7", "Jon_Postel"));
    r.add(owned("echo", Transport.UDP, "7", "Jon_Postel"));
    r.add(record(null, Transport.TCP, "8", "Unassigned"));
    r.add(record(null, Transport.UDP, "8", "Unassigned"));
    r.add(
        owned("discard", Transport.DCCP, "9", "Jon_Postel").toBuilder()
            .serviceCode("1145656131")
            .build());
    r.add(record(null, null, "10-19", "Unassigned"));
    r.add(
        owned("whois++", Transport.TCP, "63", "Jon_Postel").toBuilder()
            .notes(RichText.of("This entry is an alias to \"whoispp\"."))
            .build());
    r.add(owned("whoispp", Transport.TCP, "63", "Jon_Postel"));
    r.add(owned("http", Transport.TCP, "80", "Jon_Postel"));
    r.add(owned("http", Transport.UDP, "80", "Jon_Postel"));
    r.add(owned("www", Transport.TCP, "80", "Jon_Postel"));
    r.add(record(null, null, "81-1023", "Unassigned"));
    r.add(record(null, null, "1024", "Reserved"));
    r.add(record(null, null, "1025-1029", "Unassigned"));
    r.add(
        owned("oldsvc", Transport.TCP, "1030", "Jon_Postel").toBuilder()
            .description("De-registered")
            .build());
    r.add(record(null, Transport.UDP, "1030", "Unassigned"));
    r.add(owned("mine", Transport.TCP, "1031", "Alice_Example"));
    r.add(record(null, Transport.UDP, "1031", "Reserved"));
    r.add(record(null, null, "1032-49151", "Unassigned"));
    r.add(record("alpha", null, null, "Alpha"));
    r.add(owned("mike", Transport.TCP, null, "Alice_Example"));
    r.add(record("zulu", Transport.TCP, null, "Zulu"));
    return new Registry(header(), r, List.of(), people());
  }

  private static RegistryHeader header() {
    return new RegistryHeader(
        "service-names-port-numbers",
        "Service Name and Transport Protocol Port Number Registry",
        "Service Names and Transport Protocol Port Numbers",
        PartialDate.parse("2026-08-17"),
        List.of(Xref.of(XrefType.RFC, "rfc6335")),
        List.of("TCP/UDP: Joe Touch"),
        List.of());
  }

  private static List<Person> people() {
    return List.of(person("Alice_Example"), person("Jon_Postel"));
  }

  private static Person person(String id) {
    return new Person(
        id,
        Optional.of(id.replace('_', ' ')),
        Optional.empty(),
        Optional.of("mailto:" + id + "&example.org"),
        Optional.empty());
  }

  /** A valid request for a User port on tcp and udp. */
  static AssignmentRequest.Builder request(String name, int port) {
    return AssignmentRequest.builder()
        .serviceName(name)
        .transports(Transport.TCP, Transport.UDP)
        .assignee(BOB)
        .contact(BOB)
        .description("Example protocol")
        .references(Xref.of(XrefType.URI, "https://example.org/spec"))
        .port(port)
        .congestionControl("one datagram per request, RFC 8085 timers");
  }
}
