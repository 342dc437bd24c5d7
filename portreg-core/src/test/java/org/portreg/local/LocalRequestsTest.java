package org.portreg.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.error.RegistryFormatException;
import org.portreg.index.RegistryIndex;
import org.portreg.io.Registries;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;
import org.portreg.testing.SharedData;
import org.portreg.workflow.PortChoice;
import org.portreg.workflow.RequestState;
import org.portreg.workflow.RequestTarget;
import org.portreg.workflow.StoredRequest;

/**
 * A local request's entry: read from a request document, kept as JSON, checked for the reviewer.
 */
class LocalRequestsTest {
  private static final Instant AT = Instant.parse("2026-12-03T08:00:00Z");
  static RegistryIndex newest;

  @BeforeAll
  static void readNewest() {
    newest = RegistryIndex.of(Registries.read(SharedData.newestXml()));
  }

  private static LocalAssignment read(String text, boolean json) {
    return LocalRequests.read(
        text.getBytes(StandardCharsets.UTF_8), "r." + (json ? "json" : "yaml"), json);
  }

  private static StoredRequest stored(LocalAssignment entry, RequestState state) {
    return new StoredRequest(
        7,
        LocalRequests.summary(entry),
        state,
        "ann",
        AT,
        AT,
        Optional.empty(),
        Optional.of(LocalRequests.json(entry)));
  }

  @Test
  void readsOneMappingWithTheFieldsOfALocalEntryAndTargetLocal() {
    LocalAssignment e =
        read(
            "{\"target\": \"local\", \"name\": \"orders\", \"ports\": 31000, \"transports\":"
                + " [\"tcp\"], \"owner\": \"shop\", \"scope\": \"cluster\", \"tags\": [\"prod\"],"
                + " \"expires\": \"2027-12-31\"}",
            true);

    assertThat(e.name()).isEqualTo("orders");
    assertThat(e.ports()).contains(PortRange.of(31000));
    assertThat(e.transports()).containsExactly(Transport.TCP);
    assertThat(e.scope()).isEqualTo(Scope.CLUSTER);
    assertThat(e.tags()).containsExactly("prod");
    assertThat(e.expires()).contains(LocalDate.of(2027, 12, 31));
    assertThat(read("name: orders\nowner: shop\n", false).ports()).isEmpty();
  }

  @Test
  void refusesAnotherTargetUnknownKeysAndBadValuesAtTheirPlace() {
    assertThatThrownBy(() -> read("target: iana\nname: orders\nowner: shop\n", false))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessage("r.yaml:1:9: target must be \"local\" in a local request");
    assertThatThrownBy(() -> read("name: orders\nowner: shop\nport: 80\n", false))
        .hasMessageStartingWith("r.yaml:3:7: unknown key 'port' in an assignment (known:");
    assertThatThrownBy(() -> read("name: -orders\nowner: shop\n", false))
        .hasMessageStartingWith("r.yaml:1:7: ")
        .hasMessageContaining("hyphen");
    assertThatThrownBy(() -> read("name: orders\nports: 8080\nowner: shop\n", false))
        .hasMessageContaining("has ports but no transport");
  }

  @Test
  void takesAFileOfLocalImportWithExactlyOneEntry(@TempDir Path folder) throws Exception {
    Path csv =
        Files.writeString(
            folder.resolve("one.csv"), "name,ports,transports,owner\nx1,7400,udp,sre\n");
    Path two =
        Files.writeString(
            folder.resolve("two.yaml"),
            "assignments:\n  - {name: a1, owner: o}\n  - {name: a2, owner: o}\n");

    assertThat(LocalRequests.read(csv).portsText()).isEqualTo("7400/udp");
    assertThatThrownBy(() -> LocalRequests.read(two))
        .hasMessage("two.yaml:1:1: a local request holds exactly one entry, the file has 2");
  }

  @Test
  void keepsTheEntryAsJsonAndItsSummaryAsTheRequest() {
    LocalAssignment e =
        new LocalAssignment(
            "metrics",
            Optional.of(PortRange.of(9100, 9109)),
            Set.of(Transport.TCP),
            "platform",
            "#platform",
            Scope.HOST,
            List.of("prod", "lab"),
            "Exporters",
            Optional.empty(),
            Optional.empty(),
            "notes");
    StoredRequest r = stored(e, RequestState.CHECKED);

    assertThat(LocalRequests.entry(r)).contains(e);
    assertThat(r.target()).isEqualTo(RequestTarget.LOCAL);
    assertThat(r.request().serviceName()).isEqualTo("metrics");
    assertThat(r.request().port()).isEqualTo(PortChoice.of(9100));
    assertThat(r.request().description()).isEqualTo("Exporters");
  }

  @Test
  void theReviewerSeesTheFindingsOfCheckAndAnEntryOfTheSameNameUntilAssigned() {
    LocalAssignment asked =
        LocalAssignment.of(
            "orders", Optional.of(PortRange.of(31000)), Set.of(Transport.TCP), "shop");
    LocalAssignment held =
        LocalAssignment.of("orders", Optional.of(PortRange.of(7400)), Set.of(Transport.TCP), "ops");
    Checker checker =
        new Checker(
            newest,
            Policy.of(List.of(Preset.KUBERNETES_NODEPORT), LiveRange.system()),
            List.of(held),
            List.of());

    Verdict open = LocalRequests.check(checker, stored(asked, RequestState.APPROVED)).orElseThrow();
    Verdict assigned =
        LocalRequests.check(checker, stored(asked, RequestState.ASSIGNED)).orElseThrow();

    assertThat(open.findings())
        .extracting(Finding::kind)
        .containsExactlyInAnyOrder(Finding.Kind.POLICY, Finding.Kind.LOCAL);
    assertThat(assigned.findings()).extracting(Finding::kind).containsExactly(Finding.Kind.POLICY);
  }
}
