package org.portreg.format.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portreg.model.Inline;
import org.portreg.model.PartialDate;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.model.XrefType;
import org.portreg.rules.RecordRules;
import org.portreg.rules.ServiceNames;
import org.portreg.testing.SharedData;

/** The facts of the newest official file (2026-08-17), as DESIGN §3 lists them. */
class XmlFactsTest {
  static Registry registry;

  @BeforeAll
  static void read() {
    Path file = SharedData.newestXml();
    registry = XmlFormat.read(SharedData.bytes(file), file.toString());
  }

  private static List<ServiceRecord> records() {
    return registry.records();
  }

  @Test
  void hasTheHeaderOfThe20260817Version() {
    assertThat(registry.header().updated()).isEqualTo(PartialDate.parse("2026-08-17"));
    assertThat(registry.header().title())
        .isEqualTo("Service Name and Transport Protocol Port Number Registry");
    assertThat(registry.header().id()).isEqualTo("service-names-port-numbers");
    assertThat(registry.header().experts().get(0)).startsWith("TCP/UDP: Joe Touch");
    assertThat(registry.header().notes()).hasSize(2);
    assertThat(registry.header().notes().get(1).title()).hasValue("Request an Assignment");
    assertThat(registry.footnotes()).hasSize(1);
  }

  @Test
  void counts14533RecordsAnd5615People() {
    assertThat(records()).hasSize(14533);
    assertThat(registry.people()).hasSize(5615);
  }

  @Test
  void counts766PortRanges() {
    assertThat(
            records().stream().filter(r -> r.number().isPresent() && !r.number().get().isSingle()))
        .hasSize(766);
  }

  @Test
  void counts1070NamedRecordsWithoutAPort() {
    assertThat(records().stream().filter(r -> r.number().isEmpty())).hasSize(1070);
    assertThat(records().stream().filter(r -> r.number().isEmpty() && r.serviceName().isPresent()))
        .hasSize(1070);
  }

  @Test
  void counts1467RecordsWithoutProtocol() {
    assertThat(records().stream().filter(r -> r.protocol().isEmpty())).hasSize(1467);
  }

  @Test
  void counts93SctpAnd11DccpRecords() {
    assertThat(
            records().stream()
                .filter(r -> r.protocol().equals(java.util.Optional.of(Transport.SCTP))))
        .hasSize(93);
    assertThat(
            records().stream()
                .filter(r -> r.protocol().equals(java.util.Optional.of(Transport.DCCP))))
        .hasSize(11);
  }

  @Test
  void keepsMonthPrecisionDates() {
    long monthOnly =
        records().stream()
            .flatMap(r -> java.util.stream.Stream.of(r.registered(), r.updated()))
            .flatMap(java.util.Optional::stream)
            .filter(d -> d.precision() == PartialDate.Precision.MONTH)
            .count();
    // DESIGN.md says 2,618; the file itself has 2,620 (as shared/data/README.md counts).
    assertThat(monthOnly).isEqualTo(2620);
  }

  @Test
  void findsHistoricNamesEachWithAWellFormedReplacement() {
    // 185 records (97 distinct names) break the section 5.1 syntax; all but edi_service are marked
    // as aliases of a well-formed name: 184 records, 96 distinct historic names.
    List<ServiceRecord> invalid =
        records().stream()
            .filter(
                r -> r.serviceName().isPresent() && !ServiceNames.isValid(r.serviceName().get()))
            .toList();
    assertThat(invalid).hasSize(185);
    assertThat(invalid.stream().map(r -> r.serviceName().get()).distinct()).hasSize(97);
    List<ServiceRecord> historic = records().stream().filter(RecordRules::isHistoric).toList();
    assertThat(historic).hasSize(184);
    assertThat(historic.stream().map(r -> r.serviceName().get()).distinct()).hasSize(96);
    assertThat(historic)
        .allSatisfy(
            r -> assertThat(ServiceNames.isValid(RecordRules.replacementOf(r).get())).isTrue());
  }

  @Test
  void keepsLineBreaksAndInlineReferences() {
    long withBreaks =
        records().stream()
            .filter(
                r -> r.description().parts().stream().anyMatch(p -> p instanceof Inline.LineBreak))
            .count();
    assertThat(withBreaks).isEqualTo(184);
    assertThat(records().stream().filter(r -> !r.description().references().isEmpty())).hasSize(1);
  }

  @Test
  void keepsObfuscatedMailAddressesAndNonAsciiIds() {
    assertThat(registry.person("Joachim_St\u00e5hl")).isPresent();
    assertThat(registry.people())
        .anySatisfy(p -> assertThat(p.uri()).hasValue("mailto:koethe&88solutions.com"));
  }

  @Test
  void keepsEveryContactUriOfAPerson() {
    assertThat(registry.people().stream().filter(p -> p.uris().size() > 1)).hasSize(7);
    var walend = registry.person("David_Walend").orElseThrow();
    assertThat(walend.uris()).hasSize(2);
    assertThat(walend.uri()).hasValue(walend.uris().get(0));
  }

  @Test
  void knowsAssigneesAndContacts() {
    ServiceRecord smtp =
        records().stream().filter(r -> r.name().orElse("").equals("smtp")).findFirst().get();
    assertThat(smtp.assigneeIds()).containsExactly("IESG");
    assertThat(smtp.contactIds()).containsExactly("IETF_Chair");
    assertThat(smtp.references()).extracting(x -> x.type()).containsExactly(XrefType.DRAFT);
    ServiceRecord echo =
        records().stream().filter(r -> r.name().orElse("").equals("echo")).findFirst().get();
    assertThat(echo.assigneeIds()).containsExactly("Jon_Postel");
    assertThat(echo.contactIds()).containsExactly("Jon_Postel");
  }
}
