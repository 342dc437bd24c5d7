package org.portreg.format.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
import org.portreg.model.Person;
import org.portreg.model.PortRange;
import org.portreg.model.Registry;
import org.portreg.model.RegistryHeader;
import org.portreg.model.RichText;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;

/** Any registry the model can hold survives a JSON write and read unchanged. */
class JsonPropertyTest {
  @Property(tries = 300)
  void jsonRoundTripsAnyRecordsAndPeople(
      @ForAll("records") List<ServiceRecord> records, @ForAll("people") List<Person> people) {
    RegistryHeader header =
        new RegistryHeader(
            "r", "T \"q\"", "C", PartialDate.parse("2026"), List.of(), List.of("e"), List.of());
    Registry registry = new Registry(header, records, List.of(), people);
    Registry again =
        JsonFormat.read(JsonFormat.write(registry), "p.json", ReadOptions.STRICT).registry();
    assertThat(again).isEqualTo(registry);
  }

  @Provide
  Arbitrary<List<ServiceRecord>> records() {
    return record().list().ofMaxSize(5);
  }

  @Provide
  Arbitrary<List<Person>> people() {
    return Combinators.combine(text(), text().optional(), text().optional())
        .as((id, name, uri) -> new Person("p" + id, name, Optional.empty(), uri, Optional.empty()))
        .list()
        .ofMaxSize(3);
  }

  private Arbitrary<String> text() {
    return Arbitraries.strings()
        .withChars("ab <>&\"'\\\n\t\u00e9\u2028")
        .withCharRange('a', 'z')
        .ofMinLength(1)
        .ofMaxLength(12);
  }

  private Arbitrary<Xref> xref() {
    return Combinators.combine(
            Arbitraries.of(XrefType.class), text().optional(), text().optional(), text().optional())
        .as(Xref::new);
  }

  private Arbitrary<RichText> rich() {
    Arbitrary<Inline> part =
        Arbitraries.oneOf(
            text().map(Inline.Text::new),
            Arbitraries.just(new Inline.LineBreak()),
            xref().map(Inline.Reference::new),
            text().map(t -> new Inline.Paragraph(RichText.of(t))));
    return part.list().ofMaxSize(4).map(JsonPropertyTest::withoutLoneText);
  }

  /** A rich text of one text part is written as a plain string and reads back as such. */
  private static RichText withoutLoneText(List<Inline> parts) {
    return parts.size() == 1 && parts.get(0) instanceof Inline.Text t
        ? RichText.of(t.value())
        : new RichText(new ArrayList<>(parts));
  }

  private Arbitrary<ServiceRecord> record() {
    Arbitrary<Optional<String>> name = text().optional();
    Arbitrary<Optional<Transport>> protocol = Arbitraries.of(Transport.class).optional();
    Arbitrary<Optional<PortRange>> number =
        Arbitraries.integers().between(0, 65535).map(PortRange::of).optional();
    Arbitrary<Optional<PartialDate>> date =
        Arbitraries.of("2001", "2001-06", "2001-06-15").map(PartialDate::parse).optional();
    Arbitrary<List<Xref>> persons = text().map(Xref::person).list().ofMaxSize(2);
    return Combinators.combine(name, protocol, number, rich(), date, persons, rich().optional())
        .as(
            (n, p, num, d, reg, people, notes) ->
                new ServiceRecord(
                    n,
                    p,
                    d,
                    num,
                    people,
                    people,
                    people,
                    List.of(Xref.text("t")),
                    reg,
                    reg,
                    n,
                    notes,
                    notes));
  }
}
