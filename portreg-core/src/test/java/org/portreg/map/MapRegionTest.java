package org.portreg.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;

class MapRegionTest {
  @Test
  void regionsCoverEveryPortOfEveryTransportInsideTheGrid() {
    List<MapRegion> regions = PortMap.regions(4);

    assertThat(regions).hasSize(4 * 64);
    assertThat(regions.get(0).ports()).isEqualTo(PortRange.of(0, 1023));
    assertThat(regions.get(63).ports()).isEqualTo(PortRange.of(64512, 65535));
    assertThat(regions.get(64).transport()).isEqualTo(Transport.UDP);
    assertThat(regions.get(0).x()).isEqualTo(MapLayout.gridX(Transport.TCP));
    assertThat(regions.get(1).y() - regions.get(0).y()).isEqualTo(4 * MapLayout.CELL);
    assertThat(regions)
        .allSatisfy(r -> assertThat(r.y() + r.height()).isLessThanOrEqualTo(MapLayout.HEIGHT));
  }

  @Test
  void rejectsARowCountThatDoesNotDivideTheGrid() {
    assertThatThrownBy(() -> PortMap.regions(3)).isInstanceOf(IllegalArgumentException.class);
  }
}
