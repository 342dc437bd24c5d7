package org.portreg.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.error.InvalidInputException;
import org.portreg.index.FreePorts;
import org.portreg.index.RegistryIndex;
import org.portreg.io.Registries;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;
import org.portreg.rules.PortSpace;
import org.portreg.testing.SharedData;

class FreeWithPolicyTest {
  @TempDir Path home;

  private static final Set<Transport> TCP_UDP = Set.of(Transport.TCP, Transport.UDP);

  @Test
  void skipsPolicyRangesAndLocalPortsAndSaysSo() {
    RegistryIndex index = RegistryIndex.of(Registries.read(SharedData.newestXml()));
    List<PortRange> plain = FreePorts.find(index, TCP_UDP, 3, PortSpace.USER, false);
    LocalAssignment held =
        LocalAssignment.of("held", Optional.of(plain.get(0)), Set.of(Transport.UDP), "sre");
    Policy policy = Policy.of(List.of(Preset.BROWSERS, Preset.LINUX), LiveRange.system());
    FreeWithPolicy free = new FreeWithPolicy(index, policy, List.of(held));

    List<PortRange> ports = free.find(TCP_UDP, 3, PortSpace.USER);

    assertThat(ports).hasSize(3).doesNotContain(plain.get(0));
    for (PortRange p : ports) {
      assertThat(FreePorts.isFree(index, TCP_UDP, p.first())).isTrue();
      assertThat(policy.reserves(p.first(), TCP_UDP)).isFalse();
    }
    assertThat(free.skipped(TCP_UDP, PortSpace.USER, ports.get(2).last()))
        .anySatisfy(
            l -> assertThat(l).startsWith(plain.get(0) + "/udp: held by local assignment held"));
    assertThat(free.find(TCP_UDP, 2, PortSpace.SYSTEM)).allMatch(p -> p.first() < 1024);
    assertThatThrownBy(() -> free.find(TCP_UDP, 0, PortSpace.USER))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void locatesThePolicyFileOptionThenEnvironmentThenConfigFolder() throws IOException {
    Path option = home.resolve("given.yaml");
    Map<String, String> env = Map.of("PORTREG_POLICY", "/etc/portreg/policy.yaml");

    assertThat(PolicyFiles.locate(option, env::get, home)).contains(option);
    assertThat(PolicyFiles.locate(null, env::get, home))
        .contains(Path.of("/etc/portreg/policy.yaml"));
    assertThat(PolicyFiles.locate(null, k -> null, home)).isEmpty();
    Path config = home.resolve(".config").resolve("portreg");
    Files.createDirectories(config);
    Files.writeString(config.resolve("policy.yaml"), "presets: [linux]\n");
    assertThat(PolicyFiles.locate(null, k -> null, home)).contains(config.resolve("policy.yaml"));
    Map<String, String> xdg = Map.of("XDG_CONFIG_HOME", home.resolve("elsewhere").toString());
    assertThat(PolicyFiles.locate(null, xdg::get, home)).isEmpty();
  }

  @Test
  void writesWhatTheReaderReads() {
    LocalAssignment a =
        new LocalAssignment(
            "billing-api",
            Optional.of(PortRange.of(18080, 18081)),
            TCP_UDP,
            "payments",
            "payments@example.org",
            Scope.HOST,
            List.of("prod"),
            "Billing",
            Optional.empty(),
            Optional.of(java.time.LocalDate.of(2027, 1, 1)),
            "note");

    String json = AssignmentWriter.json(List.of(a));

    assertThat(AssignmentReader.parse(json, "x.json")).containsExactly(a);
    assertThat(json).startsWith("[{\"name\":\"billing-api\",\"ports\":\"18080-18081\"");
  }
}
