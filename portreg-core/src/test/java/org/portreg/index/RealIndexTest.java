package org.portreg.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portreg.io.Registries;
import org.portreg.model.RecordStatus;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.testing.SharedData;

/** Facts of the newest real registry, answered through the index. */
class RealIndexTest {
  private static RegistryIndex index;

  @BeforeAll
  static void load() {
    index = RegistryIndex.of(Registries.read(SharedData.newestXml()));
  }

  @Test
  void answersTheClassicLookups() {
    assertThat(index.find(443, Transport.TCP).name()).hasValue("https");
    assertThat(index.lookup(443, Transport.SCTP))
        .extracting(r -> r.name().orElseThrow())
        .containsExactly("https");
    assertThat(index.lookupByName("HTTPS").orElseThrow().records())
        .extracting(r -> r.protocol().orElseThrow())
        .contains(Transport.TCP, Transport.UDP, Transport.SCTP);
    assertThat(index.find(6010, Transport.UDP).name()).hasValue("x11");
  }

  @Test
  void resolvesEveryHistoricNameOfTheRealRegistry() {
    int historic = 0;
    for (int i = 0; i < index.size(); i++) {
      ServiceRecord r = index.record(i);
      if (org.portreg.rules.RecordRules.isHistoric(r)) {
        historic++;
        NameMatch m = index.lookupByName(r.serviceName().orElseThrow()).orElseThrow();
        assertThat(m.historicName()).as(r.toString()).isPresent();
      }
    }
    assertThat(historic).isGreaterThan(90);
  }

  @Test
  void sctpAndDccpPortsWithoutRecordAreUnassignedAndTheDynamicRangeIsDynamic() {
    assertThat(index.hasRecord(1, Transport.DCCP)).isFalse();
    assertThat(index.status(1, Transport.DCCP)).isEqualTo(PortStatus.UNASSIGNED);
    assertThat(index.status(9, Transport.DCCP)).isEqualTo(PortStatus.ASSIGNED);
    for (Transport t : Transport.values()) {
      assertThat(index.status(49152, t)).isEqualTo(PortStatus.DYNAMIC);
      assertThat(index.hasRecord(60000, t)).isFalse();
    }
    assertThat(index.kindAt(0, Transport.TCP)).isEqualTo(RecordStatus.RESERVED);
  }

  @Test
  void findsNamesUnderATurkishDefaultLocale() {
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    try {
      // "IMAPS" folds to "ımaps" with a dotless i under Turkish rules; the index must not.
      assertThat(index.findByName("IMAPS").name()).hasValue("imaps");
      assertThat(index.findByName("DISCARD").number().orElseThrow().first()).isEqualTo(9);
    } finally {
      Locale.setDefault(saved);
    }
  }
}
