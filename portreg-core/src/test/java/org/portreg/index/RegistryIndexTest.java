package org.portreg.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.portreg.model.RecordStatus;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;

/** The index over a small fixture, each test run under the root, a Turkish and a German locale. */
class RegistryIndexTest {
  private final Locale saved = Locale.getDefault();
  private final RegistryIndex index = RegistryIndex.of(Fixtures.registry());

  @BeforeEach
  void keepLocale() {
    assertThat(index.size()).isEqualTo(9);
  }

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(saved);
  }

  private static List<String> names(List<ServiceRecord> records) {
    return records.stream().map(r -> r.name().orElse("-")).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"und", "tr-TR", "de-DE"})
  void findsEveryRecordOnAPortAndTransportInRegistryOrder(String locale) {
    Locale.setDefault(Locale.forLanguageTag(locale));
    assertThat(names(index.lookup(80, Transport.TCP))).containsExactly("http", "www");
    assertThat(index.find(80, Transport.TCP).name()).hasValue("http");
    assertThat(index.find(80, Transport.UDP)).isNull();
    assertThat(index.lookup(80, Transport.UDP)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"und", "tr-TR"})
  void findsServiceNamesCaseInsensitivelyUnderAnyLocale(String locale) {
    Locale.setDefault(Locale.forLanguageTag(locale));
    assertThat(index.findByName("info").name()).hasValue("INFO");
    assertThat(index.findByName("INFO").name()).hasValue("INFO");
    assertThat(index.findByName("Info").name()).hasValue("INFO");
    assertThat(index.lookupByName("HTTP").orElseThrow().records()).hasSize(1);
    assertThat(index.findByName("nosuch")).isNull();
    assertThat(index.lookupByName("nosuch")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"und", "tr-TR"})
  void resolvesAHistoricNameToItsReplacementAndSaysSo(String locale) {
    Locale.setDefault(Locale.forLanguageTag(locale));
    NameMatch match = index.lookupByName("PRA_ELMD").orElseThrow();
    assertThat(match.name()).isEqualTo("pra-elmd");
    assertThat(match.historicName()).hasValue("pra_elmd");
    assertThat(match.isResolvedFromHistoric()).isTrue();
    assertThat(names(match.records())).containsExactly("pra-elmd");
    assertThat(index.findByName("pra_elmd").name()).hasValue("pra-elmd");
    assertThat(index.lookupByName("pra-elmd").orElseThrow().isResolvedFromHistoric()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"und", "tr-TR"})
  void aPortInsideARangeBelongsToTheRangeRecord(String locale) {
    Locale.setDefault(Locale.forLanguageTag(locale));
    assertThat(index.find(6031, Transport.TCP).name()).hasValue("x11");
    assertThat(index.status(6063, Transport.TCP)).isEqualTo(PortStatus.ASSIGNED);
    assertThat(index.status(6064, Transport.TCP)).isEqualTo(PortStatus.UNASSIGNED);
    assertThat(index.hasRecord(6064, Transport.TCP)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"und", "tr-TR"})
  void givesEveryPortAStatusWithOrWithoutARecord(String locale) {
    Locale.setDefault(Locale.forLanguageTag(locale));
    assertThat(index.status(82, Transport.TCP)).isEqualTo(PortStatus.UNASSIGNED);
    assertThat(index.kindAt(82, Transport.UDP)).isEqualTo(RecordStatus.UNASSIGNED);
    assertThat(index.hasRecord(82, Transport.UDP)).isTrue();
    assertThat(index.hasRecord(82, Transport.SCTP)).isFalse();
    assertThat(index.kindAt(84, Transport.UDP)).isEqualTo(RecordStatus.DEREGISTERED);
    assertThat(index.status(84, Transport.UDP)).isEqualTo(PortStatus.RESERVED);
    assertThat(index.status(9, Transport.SCTP)).isEqualTo(PortStatus.ASSIGNED);
    assertThat(index.status(9, Transport.DCCP)).isEqualTo(PortStatus.UNASSIGNED);
    assertThat(index.status(49151, Transport.DCCP)).isEqualTo(PortStatus.UNASSIGNED);
    assertThat(index.status(49152, Transport.TCP)).isEqualTo(PortStatus.DYNAMIC);
    assertThat(index.status(65535, Transport.SCTP)).isEqualTo(PortStatus.DYNAMIC);
  }

  @ParameterizedTest
  @ValueSource(strings = {"und", "tr-TR"})
  void findsAPortAcrossTransportsOnce(String locale) {
    Locale.setDefault(Locale.forLanguageTag(locale));
    assertThat(index.lookup(81)).hasSize(1).first().satisfies(r -> assertThat(r.name()).isEmpty());
    assertThat(names(index.lookup(9))).containsExactly("itsy");
  }

  @ParameterizedTest
  @ValueSource(strings = {"und", "tr-TR"})
  void findsTheRecordsReferencingAPerson(String locale) {
    Locale.setDefault(Locale.forLanguageTag(locale));
    assertThat(names(index.lookupByPerson("IETF_Chair"))).containsExactly("INFO");
    assertThat(names(index.lookupByPerson("Ståhl"))).containsExactly("x11");
    assertThat(index.lookupByPerson("iesg")).isEmpty();
    assertThat(index.person("IETF_Chair").orElseThrow().org()).hasValue("IETF");
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 65536, 70000})
  void rejectsPortsOutsideThePortSpace(int port) {
    assertThatThrownBy(() -> index.find(port, Transport.TCP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port must be in 0..65535, was " + port);
    assertThatThrownBy(() -> index.status(port, Transport.TCP))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
