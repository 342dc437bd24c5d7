package org.portreg.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.error.InvalidInputException;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;

class AssignmentReaderTest {
  @TempDir Path folder;

  @Test
  void readsYamlJsonAndCsvAlike() throws IOException {
    Path yaml = folder.resolve("local.yaml");
    Files.writeString(
        yaml,
        "assignments:\n"
            + "  - name: billing-api\n"
            + "    ports: 18080\n"
            + "    transports: [tcp]\n"
            + "    owner: payments\n"
            + "    contact: payments@example.org\n"
            + "    scope: cluster\n"
            + "    tags: [prod, eu]\n"
            + "    since: 2026-01-15\n"
            + "    expires: 2027-01-15\n");
    Path json = folder.resolve("local.json");
    Files.writeString(
        json,
        "[{\"name\": \"billing-api\", \"ports\": \"18080\", \"transports\": \"tcp\","
            + " \"owner\": \"payments\", \"contact\": \"payments@example.org\", \"scope\": \"cluster\","
            + " \"tags\": [\"prod\", \"eu\"], \"since\": \"2026-01-15\", \"expires\": \"2027-01-15\"}]");
    Path csv = folder.resolve("local.csv");
    Files.writeString(
        csv,
        "name,ports,transports,owner,contact,scope,tags,since,expires\n"
            + "billing-api,18080,tcp,payments,payments@example.org,cluster,prod eu,2026-01-15,2027-01-15\n");

    LocalAssignment a = AssignmentReader.read(yaml).get(0);

    assertThat(a.ports()).contains(PortRange.of(18080));
    assertThat(a.transports()).containsExactly(Transport.TCP);
    assertThat(a.scope()).isEqualTo(Scope.CLUSTER);
    assertThat(a.tags()).containsExactly("prod", "eu");
    assertThat(a.since()).contains(LocalDate.of(2026, 1, 15));
    assertThat(a.isExpired(LocalDate.of(2027, 2, 1))).isTrue();
    assertThat(AssignmentReader.read(json)).containsExactly(a);
    assertThat(AssignmentReader.read(csv)).containsExactly(a);
  }

  @Test
  void problemsNameTheirPlace() {
    assertThatThrownBy(() -> AssignmentReader.parse("- name: bad--name\n  owner: x\n", "l.yaml"))
        .hasMessageStartingWith(
            "l.yaml:1:9: service name 'bad--name' must not contain two hyphens");
    assertThatThrownBy(
            () -> AssignmentReader.parse("- name: web\n  owner: x\n  colour: red\n", "l.yaml"))
        .hasMessageStartingWith("l.yaml:3:11: unknown key 'colour' in an assignment");
    assertThatThrownBy(
            () -> AssignmentReader.parse("- name: web\n  owner: x\n  ports: 80\n", "l.yaml"))
        .hasMessage("l.yaml:1:9: assignment 'web' has ports but no transport");
    assertThatThrownBy(() -> AssignmentReader.parseCsv("name,owner,scope\nweb,x,planet\n", "l.csv"))
        .hasMessage("l.csv:2:7: scope must be host, cluster or org, was 'planet'");
    assertThatThrownBy(() -> AssignmentReader.parseCsv("name,colour\n", "l.csv"))
        .hasMessage("l.csv:1:6: unknown column 'colour'");
    assertThatThrownBy(() -> AssignmentReader.parseCsv("name,owner\nweb\n", "l.csv"))
        .hasMessage("l.csv:2:1: row has 1 fields, the header 2");
    assertThatThrownBy(
            () -> AssignmentReader.parse("- name: web\n  owner: x\n  since: soon\n", "l.yaml"))
        .hasMessage("l.yaml:3:10: 'since' must be a date YYYY-MM-DD, was 'soon'");
    assertThatThrownBy(() -> AssignmentReader.parse("name: web\n", "l.yaml"))
        .hasMessageStartingWith("l.yaml:1:7: unknown key 'name' in the file");
  }

  @Test
  void entriesValidateThemselves() {
    assertThatThrownBy(
            () ->
                new LocalAssignment(
                    "web",
                    Optional.empty(),
                    java.util.Set.of(),
                    " ",
                    "",
                    Scope.HOST,
                    List.of(),
                    "",
                    Optional.empty(),
                    Optional.empty(),
                    ""))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("assignment 'web' needs an owner");
    LocalAssignment nameOnly =
        LocalAssignment.of("web", Optional.empty(), java.util.Set.of(), "team");
    assertThat(nameOnly.portsText()).isEqualTo("-");
    assertThat(nameOnly.since(LocalDate.of(2026, 12, 3)).since())
        .contains(LocalDate.of(2026, 12, 3));
    assertThat(CheckItem.parse("80/tcp,udp").text()).isEqualTo("80/tcp,udp");
    assertThatThrownBy(() -> CheckItem.parse("80/quic")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> CheckItem.parse("99999")).isInstanceOf(InvalidInputException.class);
  }
}
