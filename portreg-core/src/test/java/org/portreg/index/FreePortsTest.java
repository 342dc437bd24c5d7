package org.portreg.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.portreg.io.Registries;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;
import org.portreg.rules.PortSpace;
import org.portreg.testing.SharedData;

class FreePortsTest {
  private final RegistryIndex fixture = RegistryIndex.of(Fixtures.registry());

  @Test
  void offersPortsFreeOnEveryRequestedTransportSkippingWithdrawnOnes() {
    Set<Transport> both = EnumSet.of(Transport.TCP, Transport.UDP);
    assertThat(FreePorts.find(fixture, both, 3, PortSpace.SYSTEM, false))
        .extracting(PortRange::first)
        .containsExactly(1, 2, 3);
    assertThat(FreePorts.find(fixture, Set.of(Transport.DCCP), 1, PortSpace.SYSTEM, true))
        .containsExactly(PortRange.of(1));
    assertThat(FreePorts.isFree(fixture, both, 80)).isFalse();
    assertThat(FreePorts.isFree(fixture, both, 81)).isTrue();
    assertThat(FreePorts.isFree(fixture, both, 83)).isFalse();
    assertThat(FreePorts.isFree(fixture, Set.of(Transport.TCP), 84)).isTrue();
    assertThat(FreePorts.isFree(fixture, Set.of(Transport.UDP), 84)).isFalse();
  }

  @Test
  void findsTheFirstContiguousBlock() {
    Set<Transport> both = EnumSet.of(Transport.TCP, Transport.UDP);
    assertThat(FreePorts.find(fixture, both, 85, PortSpace.SYSTEM, true))
        .containsExactly(PortRange.of(85, 169));
    assertThat(FreePorts.find(fixture, Set.of(Transport.TCP), 2000, PortSpace.SYSTEM, true))
        .isEmpty();
    assertThat(FreePorts.find(fixture, both, 1, PortSpace.USER, true))
        .containsExactly(PortRange.of(1024));
  }

  @Test
  void findsRealFreeUserPortsThatAreUnassignedOnBothTransports() {
    RegistryIndex real = RegistryIndex.of(Registries.read(SharedData.newestXml()));
    Set<Transport> both = EnumSet.of(Transport.TCP, Transport.UDP);
    var ports = FreePorts.find(real, both, 4, PortSpace.USER, false);
    assertThat(ports).hasSize(4);
    for (PortRange p : ports) {
      assertThat(p.first()).isBetween(1024, 49151);
      assertThat(real.lookup(p.first(), Transport.TCP))
          .allMatch(
              r ->
                  r.description()
                      .plain()
                      .toLowerCase(java.util.Locale.ROOT)
                      .startsWith("unassigned"));
    }
    var block = FreePorts.find(real, both, 4, PortSpace.USER, true);
    assertThat(block).hasSize(1);
    assertThat(block.get(0).size()).isEqualTo(4);
  }

  @Test
  void rejectsBadRequests() {
    Set<Transport> tcp = Set.of(Transport.TCP);
    assertThatThrownBy(() -> FreePorts.find(fixture, tcp, 0, PortSpace.USER, false))
        .hasMessage("count must be at least 1, was 0");
    assertThatThrownBy(() -> FreePorts.find(fixture, Set.of(), 1, PortSpace.USER, false))
        .hasMessage("at least one transport is required");
    assertThatThrownBy(() -> FreePorts.find(fixture, tcp, 1, PortSpace.DYNAMIC, false))
        .hasMessageContaining("dynamic ports are never assigned");
  }
}
