package org.portreg.format.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.portreg.format.ReadOptions;
import org.portreg.model.Inline;
import org.portreg.model.PartialDate;
import org.portreg.model.PortRange;
import org.portreg.model.Registry;
import org.portreg.model.RegistryHeader;
import org.portreg.model.RichText;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;

/** Whatever record the model holds, its CSV reads back to a registry that writes the same CSV. */
class CsvPropertyTest {
  @Property(tries = 300)
  void csvOfAnyRecordsReadsBackToTheSameCsv(@ForAll("records") List<ServiceRecord> records) {
    RegistryHeader header =
        new RegistryHeader(
            "r", "T", "C", PartialDate.parse("2026-01"), List.of(), List.of(), List.of());
    byte[] csv = CsvFormat.write(new Registry(header, records, List.of(), List.of()));
    Registry again = CsvFormat.read(csv, "property.csv", ReadOptions.STRICT).registry();
    assertThat(again.records()).hasSameSizeAs(records);
    assertThat(CsvFormat.write(again)).isEqualTo(csv);
  }

  @Provide
  Arbitrary<List<ServiceRecord>> records() {
    return record().list().ofMaxSize(5);
  }

  private Arbitrary<String> text() {
    return Arbitraries.strings()
        .withChars("ab ,\"'\n\t\u00e9[]")
        .withCharRange('a', 'z')
        .ofMinLength(1)
        .ofMaxLength(12);
  }

  private Arbitrary<String> id() {
    return Arbitraries.strings()
        .withCharRange('A', 'Z')
        .withChars("_\u00e5")
        .ofMinLength(1)
        .ofMaxLength(6);
  }

  private Arbitrary<RichText> rich() {
    Arbitrary<Inline> part =
        Arbitraries.oneOf(
            text().map(Inline.Text::new),
            Arbitraries.just(new Inline.LineBreak()),
            id().map(t -> new Inline.Reference(Xref.of(XrefType.RFC, "rfc" + t))));
    return part.list().ofMaxSize(4).map(RichText::new);
  }

  private Arbitrary<Xref> reference() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(1, 9999).map(n -> Xref.of(XrefType.RFC, "rfc" + n)),
        id().map(t -> Xref.of(XrefType.DRAFT, "draft-" + t)),
        id().map(t -> Xref.of(XrefType.URI, "https://" + t)),
        id().map(Xref::text),
        Arbitraries.integers().between(1, 9).map(n -> Xref.of(XrefType.NOTE, "" + n)));
  }

  private Arbitrary<ServiceRecord> record() {
    Arbitrary<Optional<String>> name = id().optional();
    Arbitrary<Optional<Transport>> protocol = Arbitraries.of(Transport.class).optional();
    Arbitrary<Optional<PortRange>> number =
        Arbitraries.integers().between(0, 65535).map(PortRange::of).optional();
    Arbitrary<Optional<PartialDate>> date =
        Arbitraries.of("2001", "2001-06", "2001-06-15").map(PartialDate::parse).optional();
    Arbitrary<List<Xref>> persons = id().map(Xref::person).list().ofMaxSize(2);
    Arbitrary<List<Xref>> assignees = id().map(Xref::person).list().ofMaxSize(1);
    return Combinators.combine(
            name,
            protocol,
            number,
            rich(),
            date,
            persons,
            assignees,
            reference().list().ofMaxSize(3))
        .as(
            (n, p, num, d, reg, people, assignee, refs) ->
                new ServiceRecord(
                    n,
                    p,
                    d,
                    num,
                    assignee,
                    List.of(),
                    people,
                    refs,
                    reg,
                    reg,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(d)));
  }
}
