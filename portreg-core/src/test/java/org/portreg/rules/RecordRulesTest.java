package org.portreg.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.portreg.format.xml.XmlFormat;
import org.portreg.model.PortRange;
import org.portreg.model.RecordStatus;
import org.portreg.model.RichText;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.testing.SharedData;

class RecordRulesTest {
  private static ServiceRecord unnamed(String description) {
    return ServiceRecord.builder()
        .protocol(Transport.TCP)
        .number(PortRange.of(4))
        .description(description)
        .build();
  }

  @Test
  void aNamedRecordIsAssigned() {
    ServiceRecord http =
        ServiceRecord.builder()
            .name("http")
            .protocol(Transport.TCP)
            .number(PortRange.of(80))
            .build();
    assertThat(RecordRules.statusOf(http)).isEqualTo(RecordStatus.ASSIGNED);
  }

  @Test
  void unnamedRecordsTakeTheirStatusFromTheDescriptionWord() {
    assertThat(RecordRules.statusOf(unnamed("Unassigned"))).isEqualTo(RecordStatus.UNASSIGNED);
    assertThat(RecordRules.statusOf(unnamed("unassigned"))).isEqualTo(RecordStatus.UNASSIGNED);
    assertThat(RecordRules.statusOf(unnamed("Unassigned [was netstat]")))
        .isEqualTo(RecordStatus.UNASSIGNED);
    assertThat(RecordRules.statusOf(unnamed("Reserved"))).isEqualTo(RecordStatus.RESERVED);
    assertThat(RecordRules.statusOf(unnamed("De-registered"))).isEqualTo(RecordStatus.DEREGISTERED);
    assertThat(RecordRules.statusOf(unnamed("Removed"))).isEqualTo(RecordStatus.REMOVED);
    assertThat(RecordRules.statusOf(unnamed("any private terminal access")))
        .isEqualTo(RecordStatus.PRIVATE_USE);
    assertThat(RecordRules.statusOf(unnamed("Possibly used by Sun Solaris????")))
        .isEqualTo(RecordStatus.UNCLASSIFIED);
  }

  @Test
  void aDeRegisteredNameIsNotAssigned() {
    ServiceRecord sua = ServiceRecord.builder().name("sua").description("De-Registered").build();
    assertThat(RecordRules.statusOf(sua)).isEqualTo(RecordStatus.DEREGISTERED);
    assertThat(RecordStatus.DEREGISTERED.base()).isEqualTo(RecordStatus.Base.RESERVED);
    assertThat(RecordStatus.DEREGISTERED.isAvailable()).isFalse();
  }

  @Test
  void findsTheReplacementOfAHistoricName() {
    ServiceRecord whois =
        ServiceRecord.builder()
            .name("whois++")
            .notes(
                RichText.of("This entry is an alias to \"whoispp\".\nThis entry is now historic"))
            .build();
    assertThat(RecordRules.replacementOf(whois)).hasValue("whoispp");
    assertThat(RecordRules.isHistoric(ServiceRecord.builder().name("whoispp").build())).isFalse();
  }

  @Test
  void classifiesEveryRecordOfTheNewestRegistry() {
    var registry = XmlFormat.read(SharedData.bytes(SharedData.newestXml()), "newest");
    Map<RecordStatus, Long> counts =
        registry.records().stream()
            .collect(Collectors.groupingBy(RecordRules::statusOf, Collectors.counting()));
    assertThat(counts.get(RecordStatus.UNASSIGNED)).isEqualTo(883 + 3 + 1 + 1 + 1);
    assertThat(counts.get(RecordStatus.RESERVED)).isEqualTo(808 + 1);
    assertThat(counts.get(RecordStatus.DEREGISTERED)).isEqualTo(5 + 1);
    assertThat(counts.get(RecordStatus.PRIVATE_USE)).isEqualTo(14);
    assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(14533);
    assertThat(
            counts.keySet().stream()
                .collect(Collectors.toMap(Function.identity(), RecordStatus::base)))
        .isNotEmpty();
  }
}
