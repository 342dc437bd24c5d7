package org.portreg.format.txt;

import java.util.List;
import java.util.Optional;
import org.portreg.model.Footnote;
import org.portreg.model.Inline;
import org.portreg.model.Note;
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

/** A small registry built in code, with the shapes the real one has. */
public final class SmallRegistry {
  private SmallRegistry() {}

  /** Three records, two people, one footnote; {@code hostile} goes into names and texts. */
  public static Registry build(String hostile) {
    RegistryHeader header =
        new RegistryHeader(
            "service-names-port-numbers",
            "Service Name and Transport Protocol Port Number Registry",
            "",
            PartialDate.parse("2026-08-17"),
            List.of(Xref.of(XrefType.RFC, "rfc6335")),
            List.of("TCP/UDP: Joe Touch\nSCTP: Michael Tuexen"),
            List.of(
                new Note(Optional.empty(), RichText.of("Service names are " + hostile + ".")),
                new Note(
                    Optional.of("Request an Assignment"),
                    new RichText(
                        List.of(
                            new Inline.Reference(
                                Xref.of(XrefType.URI, "https://www.iana.org/protocols/apply")))))));
    return new Registry(header, records(hostile), List.of(footnote()), people(hostile));
  }

  private static List<ServiceRecord> records(String hostile) {
    ServiceRecord http =
        ServiceRecord.builder()
            .name("http")
            .protocol(Transport.TCP)
            .number(PortRange.of(80))
            .description("World Wide Web HTTP")
            .addXref(Xref.person("Tim_Berners_Lee"))
            .addXref(Xref.of(XrefType.RFC, "rfc9110"))
            .registered(PartialDate.parse("2001-06"))
            .updated(PartialDate.parse("2022-06-06"))
            .build();
    ServiceRecord odd =
        ServiceRecord.builder()
            .name("odd")
            .protocol(Transport.DCCP)
            .number(PortRange.of(4556))
            .description("A long description that must wrap " + hostile + " in a narrow column")
            .addAssignee(Xref.person("IESG"))
            .addContact(Xref.person("IETF_Chair"))
            .addXref(Xref.of(XrefType.NOTE, "1"))
            .serviceCode("1685351985")
            .unauthorized(RichText.of("Seen in the wild"))
            .notes(RichText.of("Defined TXT keys: none"))
            .build();
    ServiceRecord unassigned =
        ServiceRecord.builder().number(PortRange.of(4557, 4558)).description("Unassigned").build();
    return List.of(http, odd, unassigned);
  }

  private static List<Person> people(String hostile) {
    return List.of(
        new Person(
            "IESG",
            Optional.empty(),
            Optional.of("IESG " + hostile),
            Optional.of("mailto:iesg&ietf.org"),
            Optional.of(PartialDate.parse("2024-01-02"))),
        new Person(
            "IETF_Chair",
            Optional.of("IETF Chair"),
            Optional.empty(),
            Optional.of("mailto:chair&ietf.org"),
            Optional.empty()),
        new Person(
            "Tim_Berners_Lee",
            Optional.of("Tim Berners-Lee"),
            Optional.empty(),
            Optional.of("mailto:timbl&w3.org"),
            Optional.empty()));
  }

  private static Footnote footnote() {
    return new Footnote("1", RichText.of("Only in experiments."));
  }
}
