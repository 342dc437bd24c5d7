package org.portreg.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portreg.index.RegistryIndex;
import org.portreg.io.Registries;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;
import org.portreg.testing.SharedData;

/** The check engine on the newest real registry: the scenario of issue 16. */
class CheckerRealDataTest {
  static RegistryIndex newest;

  @BeforeAll
  static void readNewest() {
    newest = RegistryIndex.of(Registries.read(SharedData.newestXml()));
  }

  private static Checker checker(Policy policy, LocalAssignment... local) {
    return new Checker(newest, policy, List.of(local), List.of());
  }

  private static LocalAssignment entry(String name, String ports, Transport... transports) {
    return LocalAssignment.of(
        name, Optional.of(PortRange.parse(ports)), Set.of(transports), "payments-team");
  }

  @Test
  void flagsBillingApiOn8080AsIanaAssignedToHttpAlt() {
    Verdict v = checker(Policy.none()).checkAssignment(entry("billing-api", "8080", Transport.TCP));

    assertThat(v.fails(false)).isTrue();
    assertThat(v.item()).isEqualTo("billing-api 8080/tcp");
    assertThat(v.findings())
        .anySatisfy(
            f -> {
              assertThat(f.kind()).isEqualTo(Finding.Kind.IANA_ASSIGNED);
              assertThat(f.message()).startsWith("IANA-assigned to http-alt (8080/tcp: ");
            });
  }

  @Test
  void ordersOn31000ConflictsWithTheKubernetesNodePortPreset() {
    Policy policy = Policy.of(List.of(Preset.KUBERNETES_NODEPORT), LiveRange.system());

    Verdict v = checker(policy).checkAssignment(entry("orders", "31000", Transport.TCP));

    assertThat(v.findings())
        .anySatisfy(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.CONFLICT);
              assertThat(f.kind()).isEqualTo(Finding.Kind.POLICY);
              assertThat(f.message())
                  .contains("30000-32767", "preset kubernetes-nodeport", "kubernetes.io");
            });
  }

  @Test
  void port6000OnTcpNamesTheX11Range() {
    Verdict v = checker(Policy.none()).check(CheckItem.parse("6000/tcp"));

    assertThat(v.findings()).hasSize(1);
    assertThat(v.findings().get(0).message()).startsWith("IANA-assigned to x11 (6000-6063/tcp: ");
  }

  @Test
  void port6000IsAlsoABrowserBadPort() {
    Policy browsers = Policy.of(List.of(Preset.BROWSERS), LiveRange.system());

    Verdict v = checker(browsers).check(CheckItem.parse("6000/tcp"));

    assertThat(v.findings())
        .extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("typically x11", "fetch.spec.whatwg.org"));
  }

  @Test
  void aFreePortHasNoFindings() {
    Verdict v = checker(Policy.none()).check(CheckItem.parse("7124/tcp"));

    assertThat(v.isFree()).isTrue();
    assertThat(v.status()).isEqualTo("free");
    assertThat(v.fails(true)).isFalse();
  }

  @Test
  void theDynamicRangeIsAWarning() {
    Verdict v = checker(Policy.none()).check(CheckItem.parse("50000/udp"));

    assertThat(v.status()).isEqualTo("warning");
    assertThat(v.fails(false)).isFalse();
    assertThat(v.fails(true)).isTrue();
    assertThat(v.findings().get(0).kind()).isEqualTo(Finding.Kind.DYNAMIC_RANGE);
  }

  @Test
  void reservedPortsAreWarnings() {
    Verdict v = checker(Policy.none()).check(CheckItem.parse("0/tcp"));

    assertThat(v.findings()).extracting(Finding::kind).containsExactly(Finding.Kind.IANA_RESERVED);
  }

  @Test
  void namesTakenAtIanaHistoricOrMalformed() {
    Checker c = checker(Policy.none());

    assertThat(c.check(CheckItem.parse("https")).findings().get(0).message())
        .startsWith("taken at IANA: https (443/tcp");
    assertThat(c.check(CheckItem.parse("whois++")).findings())
        .extracting(Finding::kind)
        .containsExactlyInAnyOrder(Finding.Kind.NAME_SYNTAX, Finding.Kind.HISTORIC_NAME);
    assertThat(c.check(CheckItem.parse("billing-api")).isFree()).isTrue();
  }

  @Test
  void localAssignmentsHoldTheirPortsAndNames() {
    LocalAssignment orders = entry("orders", "7124-7126", Transport.TCP);
    Checker c = checker(Policy.none(), orders);

    assertThat(c.check(CheckItem.parse("7125/tcp")).findings().get(0).message())
        .isEqualTo("held by local assignment orders (7124-7126/tcp, owner payments-team)");
    assertThat(c.check(CheckItem.parse("7125/udp")).isFree()).isTrue();
    assertThat(c.check(CheckItem.parse("ORDERS")).findings()).hasSize(1);
  }

  @Test
  void checkAllReportsEveryLocalEntryAndHonoursAcknowledgements() {
    LocalAssignment web = entry("web-admin", "8080", Transport.TCP);
    LocalAssignment free = entry("sensor-feed", "7124", Transport.UDP);
    String key = "iana:http-alt:8080/tcp";
    Checker plain = new Checker(newest, Policy.none(), List.of(web, free), List.of());
    Checker acked =
        new Checker(
            newest,
            Policy.none(),
            List.of(web, free),
            List.of(new Acknowledgement("WEB-ADMIN", key, "internal only")));

    assertThat(plain.checkAll()).extracting(v -> v.fails(false)).containsExactly(true, false);
    assertThat(acked.checkAll().get(0).fails(false)).isFalse();
    assertThat(acked.checkAll().get(0).findings().get(0).message())
        .endsWith("(acknowledged: internal only)");
  }
}
