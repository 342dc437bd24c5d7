package org.portreg.format.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.portreg.format.ReadOptions;
import org.portreg.format.ReadResult;
import org.portreg.format.SourceText;
import org.portreg.format.xml.XmlFormat;
import org.portreg.model.Registry;
import org.portreg.testing.SharedData;

/** IANA's two published CSVs against the XML of the same date. */
class CsvOfficialTest {
  static final String XML = "service-names-port-numbers.xml";
  static final String CSV = "service-names-port-numbers.csv";

  static byte[] official(String date, String name) {
    String suffix = date.equals("2024-04-30") ? ".gz" : "";
    Path file = SharedData.pair(date + "/" + name + suffix);
    return SourceText.gunzipIfNeeded(SharedData.bytes(file), file.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-01-25", "2024-04-30"})
  void writesIanasCsvByteForByteFromTheXml(String date) {
    Registry registry = XmlFormat.read(official(date, XML), XML);
    assertThat(CsvFormat.write(registry)).isEqualTo(official(date, CSV));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-01-25", "2024-04-30"})
  void roundTripsIanasCsvToTheSameBytes(String date) {
    byte[] csv = official(date, CSV);
    ReadResult read = CsvFormat.read(csv, CSV, ReadOptions.STRICT);
    assertThat(read.problems()).isEmpty();
    assertThat(CsvFormat.write(read.registry())).isEqualTo(csv);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-01-25", "2024-04-30"})
  void readsAsManyRecordsAsTheXmlHoldsWithTheSameKeyFields(String date) {
    Registry fromXml = XmlFormat.read(official(date, XML), XML);
    Registry fromCsv = CsvFormat.read(official(date, CSV), CSV, ReadOptions.STRICT).registry();
    assertThat(fromCsv.records()).hasSameSizeAs(fromXml.records());
    for (int i = 0; i < fromXml.records().size(); i++) {
      var x = fromXml.records().get(i);
      var c = fromCsv.records().get(i);
      assertThat(c.serviceName()).isEqualTo(x.serviceName());
      assertThat(c.number()).isEqualTo(x.number());
      assertThat(c.protocol()).isEqualTo(x.protocol());
      assertThat(c.registered()).isEqualTo(x.registered());
      assertThat(c.updated()).isEqualTo(x.updated());
      assertThat(c.assigneeIds()).isEqualTo(x.assigneeIds());
      assertThat(c.contactIds()).isEqualTo(x.contactIds());
      assertThat(c.serviceCode()).isEqualTo(x.serviceCode());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-01-25", "2024-04-30"})
  void recoversReferenceKindsAsTheXmlHasThem(String date) {
    Registry fromXml = XmlFormat.read(official(date, XML), XML);
    Registry fromCsv = CsvFormat.read(official(date, CSV), CSV, ReadOptions.STRICT).registry();
    int same = 0;
    int total = 0;
    for (int i = 0; i < fromXml.records().size(); i++) {
      var x = fromXml.records().get(i).references();
      var c = fromCsv.records().get(i).references();
      assertThat(c).hasSameSizeAs(x);
      for (int j = 0; j < x.size(); j++) {
        total++;
        same += x.get(j).type() == c.get(j).type() ? 1 : 0;
      }
    }
    assertThat(total).isGreaterThan(400);
    assertThat(total - same).as("references whose kind the label cannot tell").isLessThan(10);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-01-25", "2024-04-30"})
  void givesEveryReferencedPersonAnEntryAndTheHeaderTheNewestDate(String date) {
    Registry fromXml = XmlFormat.read(official(date, XML), XML);
    Registry fromCsv = CsvFormat.read(official(date, CSV), CSV, ReadOptions.STRICT).registry();
    long referenced =
        fromXml.records().stream().flatMap(r -> r.personIds().stream()).distinct().count();
    assertThat(fromCsv.people()).hasSize((int) referenced);
    assertThat(fromCsv.people()).allMatch(p -> p.name().isEmpty() && p.uri().isEmpty());
    assertThat(fromCsv.header().updated()).isLessThanOrEqualTo(fromXml.header().updated());
    assertThat(fromCsv.header().title()).isEqualTo(fromXml.header().title());
  }
}
