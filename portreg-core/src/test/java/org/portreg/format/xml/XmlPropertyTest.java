package org.portreg.format.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

/** Any record the model can hold survives a canonical XML write and read unchanged. */
class XmlPropertyTest {
  @Property(tries = 300)
  void canonicalXmlRoundTripsAnyRecord(@ForAll("records") List<ServiceRecord> records) {
    RegistryHeader header =
        new RegistryHeader(
            "r",
            "Title & <more>",
            "C",
            PartialDate.parse("2026-01"),
            List.of(),
            List.of(),
            List.of());
    Registry registry = new Registry(header, records, List.of(), List.of());
    Registry again = XmlFormat.read(XmlFormat.write(registry), "property");
    assertThat(again).isEqualTo(registry);
  }

  @Provide
  Arbitrary<List<ServiceRecord>> records() {
    return record().list().ofMaxSize(5);
  }

  private Arbitrary<String> text() {
    return Arbitraries.strings()
        .withChars("ab <>&\"'\n\t\u00e9\u00c5")
        .withCharRange('a', 'z')
        .ofMinLength(1)
        .ofMaxLength(12);
  }

  private Arbitrary<RichText> rich() {
    Arbitrary<Inline> part =
        Arbitraries.oneOf(
            text().map(Inline.Text::new),
            Arbitraries.just(new Inline.LineBreak()),
            text().map(t -> new Inline.Reference(Xref.of(XrefType.RFC, t))));
    return part.list().ofMaxSize(4).map(XmlPropertyTest::mergeTexts);
  }

  /** Adjacent texts read back as one; the generator merges them the same way. */
  private static RichText mergeTexts(List<Inline> parts) {
    java.util.ArrayList<Inline> merged = new java.util.ArrayList<>();
    for (Inline p : parts) {
      int last = merged.size() - 1;
      if (p instanceof Inline.Text t && last >= 0 && merged.get(last) instanceof Inline.Text prev) {
        merged.set(last, new Inline.Text(prev.value() + t.value()));
      } else {
        merged.add(p);
      }
    }
    return new RichText(merged);
  }

  private Arbitrary<ServiceRecord> record() {
    Arbitrary<Optional<String>> name = text().optional();
    Arbitrary<Optional<Transport>> protocol = Arbitraries.of(Transport.class).optional();
    Arbitrary<Optional<PortRange>> number =
        Arbitraries.integers().between(0, 65535).map(PortRange::of).optional();
    Arbitrary<Optional<PartialDate>> date =
        Arbitraries.of("2001", "2001-06", "2001-06-15").map(PartialDate::parse).optional();
    Arbitrary<List<Xref>> persons =
        text().map(t -> Xref.person(t.strip().isEmpty() ? "p" : t)).list().ofMaxSize(2);
    return Combinators.combine(name, protocol, number, rich(), date, persons, rich().optional())
        .as(
            (n, p, num, d, reg, people, notes) ->
                new ServiceRecord(
                    n,
                    p,
                    d,
                    num,
                    List.of(),
                    List.of(),
                    people,
                    List.of(Xref.text("t")),
                    reg,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    notes.filter(x -> !x.isEmpty())));
  }
}
