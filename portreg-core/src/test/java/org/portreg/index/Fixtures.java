package org.portreg.index;

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

/** A small registry written for the tests, shaped like the real one. */
public final class Fixtures {
  private Fixtures() {}

  /** Records: http/www on 80, x11 range, an Unassigned range, a historic alias, IDs with people. */
  public static Registry registry() {
    List<ServiceRecord> records =
        List.of(
            named("http", 80, Transport.TCP, "World Wide Web HTTP").build(),
            named("www", 80, Transport.TCP, "World Wide Web HTTP").build(),
            ServiceRecord.builder().number(PortRange.of(81, 82)).description("Unassigned").build(),
            named("INFO", 83, Transport.UDP, "Information")
                .addAssignee(Xref.person("IESG"))
                .addContact(Xref.person("IETF_Chair"))
                .updated(PartialDate.parse("2025-02"))
                .build(),
            ServiceRecord.builder()
                .protocol(Transport.UDP)
                .number(PortRange.of(84))
                .description("De-registered")
                .build(),
            named("x11", 6000, Transport.TCP, "X Window System")
                .number(PortRange.of(6000, 6063))
                .addXref(Xref.person("Ståhl"))
                .build(),
            named("pra-elmd", 1587, Transport.TCP, "replacement").build(),
            named("pra_elmd", 1587, Transport.TCP, "pra_elmd")
                .notes(RichText.of("This entry is an alias to \"pra-elmd\"."))
                .build(),
            named("itsy", 9, Transport.SCTP, "Itsy").registered(PartialDate.parse("2024")).build());
    List<Person> people =
        List.of(
            person("IESG", Optional.empty()),
            person("IETF_Chair", Optional.of("IETF")),
            person("Ståhl", Optional.empty()));
    RegistryHeader header =
        new RegistryHeader(
            "service-names-port-numbers",
            "Test",
            "Test",
            PartialDate.parse("2026-01-01"),
            List.of(),
            List.of(),
            List.of());
    return new Registry(header, records, List.of(), people);
  }

  private static ServiceRecord.Builder named(String name, int port, Transport t, String text) {
    return ServiceRecord.builder()
        .name(name)
        .number(PortRange.of(port))
        .protocol(t)
        .description(text);
  }

  private static Person person(String id, Optional<String> org) {
    return new Person(
        id, Optional.of(id.replace('_', ' ')), org, Optional.empty(), Optional.empty());
  }
}
