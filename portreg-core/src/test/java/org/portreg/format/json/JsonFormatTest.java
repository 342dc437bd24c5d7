package org.portreg.format.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
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

class JsonFormatTest {
  static Registry sample() {
    RichText rich =
        new RichText(
            List.of(
                new Inline.Text("a"),
                new Inline.LineBreak(),
                new Inline.Reference(Xref.of(XrefType.RFC, "rfc6335")),
                new Inline.Paragraph(RichText.of("p"))));
    ServiceRecord record =
        ServiceRecord.builder()
            .name("x11")
            .protocol(Transport.TCP)
            .number(PortRange.parse("6000-6063"))
            .description(rich)
            .addAssignee(Xref.person("IESG"))
            .addXref(Xref.person("IETF_Chair"))
            .addXref(Xref.of(XrefType.RFC, "rfc9110"))
            .registered(PartialDate.parse("2001-06"))
            .serviceCode("1145656131")
            .build();
    RegistryHeader header =
        new RegistryHeader(
            "service-names-port-numbers",
            "T",
            "C",
            PartialDate.parse("2026-08-17"),
            List.of(Xref.of(XrefType.RFC, "rfc6335")),
            List.of("TCP/UDP: Joe Touch"),
            List.of(new Note(java.util.Optional.of("Request an Assignment"), RichText.of("n"))));
    Person person =
        new Person(
            "IESG",
            java.util.Optional.of("IESG"),
            java.util.Optional.empty(),
            java.util.Optional.of("mailto:iesg&ietf.org"),
            java.util.Optional.of(PartialDate.parse("2003-11")));
    return new Registry(
        header, List.of(record), List.of(new Footnote("1", RichText.of("f"))), List.of(person));
  }

  @Test
  void writesEveryFieldInTheDocumentedShape() {
    String json = new String(JsonFormat.write(sample()), StandardCharsets.UTF_8);
    assertThat(json)
        .contains("\"format\" : \"portreg-registry\"")
        .contains("\"number\" : \"6000-6063\"")
        .contains("\"registered\" : \"2001-06\"")
        .contains("\"serviceCode\" : \"1145656131\"")
        .contains("\"assignees\" : [ {")
        .contains("\"type\" : \"br\"")
        .contains("\"type\" : \"paragraph\"")
        .contains("\"status\" : \"assigned\"")
        .contains("\"uri\" : \"mailto:iesg&ietf.org\"")
        .contains("\"anchor\" : \"1\"")
        .endsWith("}\n");
  }
}
