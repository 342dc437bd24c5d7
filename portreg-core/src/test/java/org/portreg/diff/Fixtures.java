package org.portreg.diff;

import java.util.List;
import org.portreg.model.PartialDate;
import org.portreg.model.Person;
import org.portreg.model.PortRange;
import org.portreg.model.Registry;
import org.portreg.model.RegistryHeader;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.model.Xref;

/** Small registries written inline for the diff tests. */
final class Fixtures {
  private Fixtures() {}

  static RegistryHeader header(String updated, String... experts) {
    return new RegistryHeader(
        "service-names-port-numbers",
        "Service Name and Transport Protocol Port Number Registry",
        "Service Names and Transport Protocol Port Numbers",
        PartialDate.parse(updated),
        List.of(Xref.of(org.portreg.model.XrefType.RFC, "rfc6335")),
        List.of(experts),
        List.of());
  }

  static Registry registry(List<ServiceRecord> records) {
    return registry(records, List.of());
  }

  static Registry registry(List<ServiceRecord> records, List<Person> people) {
    return new Registry(header("2026-01-01", "Joe Touch"), records, List.of(), people);
  }

  /** A named, assigned record on one port. */
  static ServiceRecord service(String name, int port, Transport transport, String assignee) {
    return ServiceRecord.builder()
        .name(name)
        .number(PortRange.of(port))
        .protocol(transport)
        .description(name + " service")
        .addAssignee(Xref.person(assignee))
        .addContact(Xref.person(assignee))
        .registered(PartialDate.parse("2020-01-01"))
        .build();
  }

  /** An unnamed Unassigned range without transport. */
  static ServiceRecord unassigned(int first, int last) {
    PortRange range = first == last ? PortRange.of(first) : PortRange.of(first, last);
    return ServiceRecord.builder().number(range).description("Unassigned").build();
  }

  /** An unnamed Reserved port on one transport. */
  static ServiceRecord reserved(int port, Transport transport) {
    return ServiceRecord.builder()
        .number(PortRange.of(port))
        .protocol(transport)
        .description("Reserved")
        .build();
  }

  static Person person(String id, String uri) {
    return new Person(
        id,
        java.util.Optional.of(id.replace('_', ' ')),
        java.util.Optional.empty(),
        java.util.Optional.of(uri),
        java.util.Optional.of(PartialDate.parse("2020-01")));
  }
}
