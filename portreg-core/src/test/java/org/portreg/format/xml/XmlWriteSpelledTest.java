package org.portreg.format.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.portreg.error.RegistryFormatException;
import org.portreg.format.ReadOptions;
import org.portreg.model.PartialDate;
import org.portreg.model.Person;
import org.portreg.model.PortRange;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;
import org.portreg.model.SourceSpelling;
import org.portreg.model.Transport;
import org.portreg.testing.SharedData;

/**
 * {@link XmlFormat#writeSpelled} cuts the written text exactly as a reader of it would: the same
 * prefix, suffix, part texts and part values as reading {@link XmlFormat#writeText}'s text back, on
 * every real version as read and after the kinds of change the workflow makes.
 */
class XmlWriteSpelledTest {
  static Stream<Path> everyOfficialXml() {
    return XmlRoundTripTest.everyOfficialXml();
  }

  @ParameterizedTest
  @MethodSource("everyOfficialXml")
  void cutsEveryRealVersionAsAReaderDoes(Path file) {
    Registry registry = XmlFormat.read(SharedData.bytes(file), file.toString());
    assertCutAsRead(registry);
    assertCutAsRead(changed(registry));
  }

  @Test
  void cutsAWholeCanonicalRegistryAsAReaderDoes() {
    Registry registry = XmlFormat.read(SharedData.bytes(SharedData.newestXml()), "newest");
    assertCutAsRead(registry.withoutSpelling());
    assertCutAsRead(changed(registry).withoutSpelling());
  }

  @Test
  void oddWhiteSpaceInAnEditedRecordIsCutAsRead() {
    Registry registry = XmlFormat.read(SharedData.bytes(SharedData.newestXml()), "newest");
    List<ServiceRecord> records = new ArrayList<>(registry.records());
    records.add(
        0, records.get(0).toBuilder().name(" padded\r").description(" carriage\rreturn  ").build());
    assertCutAsRead(registry.withRecords(records));
  }

  @Test
  void aTextThatDoesNotReadBackIsRefusedNotCut() {
    String xml =
        "<registry xmlns=\"http://www.iana.org/assignments\" id=\"r\">"
            + "<updated>2026-01-01</updated><people/></registry>";
    Registry registry = XmlFormat.readText(xml, "self-closed", ReadOptions.STRICT).registry();
    Registry withPerson = registry.withPeople(List.of(person("Ann")));
    assertThatThrownBy(() -> XmlFormat.writeSpelled(withPerson, "self-closed"))
        .isInstanceOf(RegistryFormatException.class);
  }

  /**
   * A new date, a record replaced, one added at the front and at the end, one removed, a person.
   */
  private static Registry changed(Registry registry) {
    List<ServiceRecord> records = new ArrayList<>(registry.records());
    int middle = records.size() / 2;
    records.set(middle, records.get(middle).toBuilder().description("changed here").build());
    records.remove(middle + 1);
    ServiceRecord added =
        ServiceRecord.builder()
            .name("spelled-test")
            .protocol(Transport.TCP)
            .number(PortRange.of(40_001))
            .description("added & <escaped>")
            .registered(PartialDate.parse("2026-12-04"))
            .build();
    records.add(0, added);
    records.add(added);
    List<Person> people = new ArrayList<>(registry.people());
    people.add(person("Spelled Test"));
    return registry
        .withHeader(registry.header().withUpdated(PartialDate.parse("2099-01-02")))
        .withRecords(records)
        .withPeople(people);
  }

  private static Person person(String name) {
    return new Person(
        name.replace(' ', '_'), Optional.of(name), Optional.empty(), List.of(), Optional.empty());
  }

  private static void assertCutAsRead(Registry registry) {
    SourceSpelling cut = XmlFormat.writeSpelled(registry, "test");
    String text = XmlFormat.writeText(registry);
    SourceSpelling read =
        XmlFormat.readText(text, "test", ReadOptions.STRICT).registry().spelling().orElseThrow();
    assertThat(cut.prefix()).isEqualTo(read.prefix());
    assertThat(cut.suffix()).isEqualTo(read.suffix());
    assertThat(cut.texts()).isEqualTo(read.texts());
    assertThat(cut.values()).isEqualTo(read.values());
    assertThat(cut.text()).isEqualTo(text);
  }
}
