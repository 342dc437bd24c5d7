package org.portreg.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.portreg.index.RegistryIndex;
import org.portreg.io.Registries;
import org.portreg.model.PortRange;
import org.portreg.model.Registry;
import org.portreg.model.Transport;
import org.portreg.testing.SharedData;

/**
 * Drift on two real versions: on 2026-07-22 IANA assigned 7123/udp (Reserved until then) to snif.
 */
class DriftRealDataTest {
  private static final LocalAssignment SENSOR =
      LocalAssignment.of(
          "sensor-feed", Optional.of(PortRange.of(7123)), Set.of(Transport.UDP), "iot");
  private static final LocalAssignment ELSEWHERE =
      LocalAssignment.of("metrics", Optional.of(PortRange.of(7124)), Set.of(Transport.UDP), "sre");

  @Test
  void aNewAssignmentOfALocallyHeldPortRaisesAnAlert() {
    Registry older = Registries.read(SharedData.history("2026-07-20"));
    Registry newer = Registries.read(SharedData.history("2026-07-22"));

    List<DriftAlert> alerts = Drift.between(older, newer, List.of(SENSOR, ELSEWHERE));

    assertThat(alerts).hasSize(1);
    assertThat(alerts.get(0).assignment()).isEqualTo(SENSOR);
    assertThat(alerts.get(0).finding().key()).isEqualTo("iana:snif:7123/udp");
    assertThat(alerts.get(0).toString())
        .startsWith("sensor-feed 7123/udp: IANA-assigned to snif (7123/udp: SNIF End-to-End TLS");
    assertThat(Drift.between(older, older, List.of(SENSOR))).isEmpty();

    Checker before =
        new Checker(RegistryIndex.of(older), Policy.none(), List.of(SENSOR), List.of());
    Checker after = new Checker(RegistryIndex.of(newer), Policy.none(), List.of(SENSOR), List.of());
    assertThat(before.checkAll().get(0).fails(false)).isFalse();
    assertThat(after.checkAll().get(0).fails(false)).isTrue();
  }
}
