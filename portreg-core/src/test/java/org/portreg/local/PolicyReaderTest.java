package org.portreg.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.error.InvalidInputException;
import org.portreg.error.RegistryFormatException;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;

class PolicyReaderTest {
  @TempDir Path folder;

  private static final LiveRange LIVE = LiveRange.system();

  @Test
  void readsPresetsThenOwnRangesWithTheirPlace() throws IOException {
    Path file = folder.resolve("policy.yaml");
    Files.writeString(
        file,
        "presets: [kubernetes-nodeport, consul]\n"
            + "reserved:\n"
            + "  - ports: 9000-9099\n"
            + "    transports: [tcp]\n"
            + "    reason: metrics exporters\n"
            + "    severity: warning\n");

    Policy policy = PolicyReader.read(file, LIVE);

    assertThat(policy.rules()).hasSize(3);
    assertThat(policy.rules().get(0).origin())
        .isEqualTo(
            "preset kubernetes-nodeport"
                + " (https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport)");
    PolicyRule own = policy.rules().get(2);
    assertThat(own.ports()).isEqualTo(PortRange.of(9000, 9099));
    assertThat(own.transports()).containsExactly(Transport.TCP);
    assertThat(own.severity()).isEqualTo(Severity.WARNING);
    assertThat(own.source()).isEqualTo(file + ":3:5");
    assertThat(own.portsText()).isEqualTo("9000-9099/tcp");
    assertThat(policy.rulesAt(9050, Transport.TCP)).containsExactly(own);
    assertThat(policy.rulesAt(9050, Transport.UDP)).isEmpty();
    assertThat(policy.reserves(21100, Set.of(Transport.UDP))).isTrue();
  }

  @Test
  void unknownKeysArePlacedErrors() {
    assertThatThrownBy(
            () -> PolicyReader.parse("reserved:\n  - ports: 80\n    reson: typo\n", "p.yaml", LIVE))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessageStartingWith("p.yaml:3:12: unknown key 'reson' in a reserved range");
    assertThatThrownBy(() -> PolicyReader.parse("presets: [linux]\nextra: 1\n", "p.yaml", LIVE))
        .hasMessageStartingWith("p.yaml:2:8: unknown key 'extra' in the policy");
  }

  @Test
  void badValuesArePlacedErrors() {
    assertThatThrownBy(() -> PolicyReader.parse("presets: [solaris]\n", "p.yaml", LIVE))
        .hasMessageStartingWith("p.yaml:1:11: unknown preset 'solaris' (known: linux, linux-live");
    assertThatThrownBy(
            () ->
                PolicyReader.parse("reserved:\n  - ports: 70000\n    reason: x\n", "p.yaml", LIVE))
        .hasMessage("p.yaml:2:12: port must be in 0..65535, was 70000");
    assertThatThrownBy(
            () ->
                PolicyReader.parse(
                    "reserved:\n  - ports: 80\n    transports: quic\n    reason: x\n",
                    "p.yaml",
                    LIVE))
        .hasMessage("p.yaml:3:17: transport must be tcp, udp, sctp or dccp, was 'quic'");
    assertThatThrownBy(() -> PolicyReader.parse("reserved:\n  - ports: 80\n", "p.yaml", LIVE))
        .hasMessage("p.yaml:2:5: missing 'reason'");
    assertThatThrownBy(() -> PolicyReader.parse("presets: [linux\n", "p.yaml", LIVE))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessageStartingWith("p.yaml:");
    assertThatThrownBy(() -> PolicyReader.parse("{\"presets\": 1, \"presets\": 2}", "p.json", LIVE))
        .hasMessageContaining("presets");
  }

  @Test
  void anchorsAndAliasesAreRefused() {
    String bomb = "a: &a [x, x]\nb: *a\n";

    assertThatThrownBy(() -> PolicyReader.parse(bomb, "p.yaml", LIVE))
        .isInstanceOf(RegistryFormatException.class);
  }

  @Test
  void theBrowserPresetIsTheFetchStandardsList() {
    int[] ports = BadPorts.ports();

    assertThat(ports).hasSize(83).startsWith(0, 1, 7, 9, 11).endsWith(6679, 6697, 10080);
    assertThat(BadPorts.services()).hasSize(83);
    List<PolicyRule> rules = Preset.BROWSERS.rules(LIVE);
    assertThat(rules).hasSize(83).allMatch(r -> r.severity() == Severity.WARNING);
    assertThat(rules.get(82).reason()).contains("typically amanda");
  }

  @Test
  void linuxLiveReadsTheKernelsRangeFile() throws IOException {
    Path file = folder.resolve("ip_local_port_range");
    Files.writeString(file, "40000\t50000\n");

    List<PolicyRule> rules = Preset.LINUX_LIVE.rules(new LiveRange(file));

    assertThat(rules.get(0).ports()).isEqualTo(PortRange.of(40000, 50000));
    Files.writeString(file, "garbage\n");
    assertThatThrownBy(() -> new LiveRange(file).read())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must hold two port numbers");
    assertThatThrownBy(() -> new LiveRange(folder.resolve("missing")).read())
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void presetsParseByName() {
    assertThat(Preset.parse("Kubernetes-NodePort")).contains(Preset.KUBERNETES_NODEPORT);
    assertThat(Preset.parse("nope")).isEmpty();
    assertThat(Preset.LINUX.rules(LIVE).get(0).ports()).isEqualTo(PortRange.of(32768, 60999));
    assertThat(Preset.NOMAD.rules(LIVE).get(0).ports()).isEqualTo(PortRange.of(20000, 32000));
    assertThat(Preset.CONSUL.rules(LIVE).get(0).ports()).isEqualTo(PortRange.of(21000, 21255));
    assertThat(Preset.WINDOWS.rules(LIVE).get(0).ports()).isEqualTo(PortRange.of(49152, 65535));
    assertThat(Preset.MACOS.rules(LIVE).get(0).ports()).isEqualTo(PortRange.of(49152, 65535));
  }
}
