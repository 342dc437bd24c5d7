package org.portreg.format.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portreg.format.xml.XmlFormat;
import org.portreg.model.PartialDate;
import org.portreg.model.PortRange;
import org.portreg.model.Registry;
import org.portreg.model.RegistryHeader;
import org.portreg.model.RichText;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.testing.SharedData;

class ServicesFormatTest {
  static ServiceRecord record(String name, String port, Transport t, String description) {
    ServiceRecord.Builder b = ServiceRecord.builder().number(PortRange.parse(port)).protocol(t);
    if (name != null) {
      b.name(name);
    }
    return b.description(description).build();
  }

  static Registry registry(ServiceRecord... records) {
    RegistryHeader header =
        new RegistryHeader(
            "x", "t", "c", PartialDate.parse("2026-01-02"), List.of(), List.of(), List.of());
    return new Registry(header, List.of(records), List.of(), List.of());
  }

  static List<String> lines(Registry registry, ServicesOptions options) {
    return ServicesFormat.writeText(registry, options)
        .lines()
        .filter(l -> !l.startsWith("#"))
        .toList();
  }

  @Test
  void writesNamePortTransportAndDescription() {
    assertThat(lines(registry(record("http", "80", Transport.TCP, "WWW")), ServicesOptions.DEFAULT))
        .containsExactly("http            80/tcp     # WWW");
  }

  @Test
  void leavesOutReservedUnassignedAndNamelessRows() {
    Registry r =
        registry(
            record(null, "4", Transport.TCP, "Unassigned"),
            record(null, "61", Transport.TCP, "Reserved"),
            record("gone", "62", Transport.TCP, "De-registered"),
            record("ok", "63", Transport.TCP, ""));
    assertThat(lines(r, ServicesOptions.DEFAULT)).containsExactly("ok              63/tcp");
  }

  @Test
  void makesAHistoricNameAnAliasOfItsReplacement() {
    ServiceRecord historic =
        record("whois++", "63", Transport.TCP, "whois++").toBuilder()
            .notes(RichText.of("This entry is an alias to \"whoispp\"."))
            .build();
    Registry r = registry(record("whoispp", "63", Transport.TCP, "whois"), historic);
    assertThat(lines(r, ServicesOptions.DEFAULT))
        .containsExactly("whoispp         63/tcp      whois++ # whois");
  }

  @Test
  void expandsOrSkipsRanges() {
    Registry r = registry(record("x11", "6000-6002", Transport.TCP, "X"));
    assertThat(lines(r, ServicesOptions.DEFAULT)).isEmpty();
    assertThat(lines(r, ServicesOptions.DEFAULT.withExpandRanges(true)))
        .containsExactly(
            "x11             6000/tcp   # X",
            "x11             6001/tcp   # X",
            "x11             6002/tcp   # X");
  }

  @Test
  void limitsTransportsAndGivesEveryPortOfANameItsLineFirstOne() {
    Registry r =
        registry(
            record("a", "1", Transport.SCTP, ""),
            record("a", "2", Transport.TCP, "first"),
            record("A", "3", Transport.TCP, "second"),
            record("a", "4", Transport.UDP, ""));
    ServicesOptions musl =
        ServicesOptions.DEFAULT.withTransports(EnumSet.of(Transport.TCP, Transport.UDP));
    assertThat(lines(r, musl))
        .containsExactly(
            "a               2/tcp      # first",
            "A               3/tcp      # second",
            "a               4/udp");
  }

  @Test
  void everyAssignedSinglePortOfTheNewestRegistryHasALine() {
    Registry registry = XmlFormat.read(SharedData.bytes(SharedData.newestXml()), "newest.xml");
    java.util.Set<String> written =
        lines(registry, ServicesOptions.DEFAULT).stream()
            .map(l -> l.split("\\s+", 3)[1])
            .collect(java.util.stream.Collectors.toSet());
    List<String> assigned =
        registry.records().stream()
            .filter(
                r ->
                    org.portreg.rules.RecordRules.statusOf(r)
                        == org.portreg.model.RecordStatus.ASSIGNED)
            .filter(r -> r.serviceName().filter(n -> !n.isBlank() && !n.contains(" ")).isPresent())
            .filter(
                r -> r.protocol().isPresent() && r.number().filter(PortRange::isSingle).isPresent())
            .map(r -> r.number().orElseThrow().first() + "/" + r.protocol().orElseThrow().token())
            .toList();

    assertThat(assigned).hasSizeGreaterThan(10_000);
    assertThat(written).containsAll(assigned);
  }

  @Test
  void everyLineOfTheNewestRegistryHasTheServicesShape() {
    Registry registry = XmlFormat.read(SharedData.bytes(SharedData.newestXml()), "newest.xml");
    List<String> lines = lines(registry, ServicesOptions.DEFAULT);
    assertThat(lines).hasSizeGreaterThan(10_000);
    assertThat(lines)
        .allMatch(l -> l.matches("\\S+ +\\d+/(tcp|udp|sctp|dccp)( +[^#\\s]\\S*)*( +# .*)?"));
    assertThat(lines)
        .contains(
            "whoispp         63/tcp      whois++ # whois++ IANA assigned this"
                + " well-formed service name as a replacement for \"whois++\".");
  }
}
