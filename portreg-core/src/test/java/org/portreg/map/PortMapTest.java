package org.portreg.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.portreg.index.Fixtures;
import org.portreg.index.PortStatus;
import org.portreg.index.RegistryIndex;
import org.portreg.model.Transport;
import org.w3c.dom.Document;

class PortMapTest {
  private final RegistryIndex index = RegistryIndex.of(Fixtures.registry());

  @Test
  void svgIsWellFormedWithLegendBoundariesAndOnePanelPerTransport() throws Exception {
    byte[] svg = PortMap.svg(index);
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg));
    String text = new String(svg, StandardCharsets.UTF_8);
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(text).contains("assigned", "reserved", "unassigned", "dynamic (never assigned)");
    assertThat(text).contains(">System<", ">User<", ">Dynamic<", ">1024<", ">49152<");
    assertThat(text).contains(">tcp: ", ">udp: ", ">sctp: ", ">dccp: ");
    assertThat(text).contains("tcp: 66 assigned, 0 reserved, 49086 unassigned");
  }

  @Test
  void escapesText() {
    assertThat(SvgMap.escape("a<b & \"c\" 'd'>"))
        .isEqualTo("a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;");
  }

  @Test
  void pngColoursEachPortCellByItsStatus() throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(PortMap.png(index)));
    assertThat(image.getWidth()).isEqualTo(MapLayout.WIDTH);
    assertThat(image.getHeight()).isEqualTo(MapLayout.HEIGHT);
    assertThat(colourOf(image, Transport.TCP, 80)).isEqualTo(colour(PortStatus.ASSIGNED));
    assertThat(colourOf(image, Transport.UDP, 84)).isEqualTo(colour(PortStatus.RESERVED));
    assertThat(colourOf(image, Transport.SCTP, 80)).isEqualTo(colour(PortStatus.UNASSIGNED));
    assertThat(colourOf(image, Transport.DCCP, 60000)).isEqualTo(colour(PortStatus.DYNAMIC));
  }

  private static int colourOf(BufferedImage image, Transport t, int port) {
    int x = MapLayout.gridX(t) + (port % MapLayout.SIDE) * MapLayout.CELL + 1;
    int y = MapLayout.gridY(t) + (port / MapLayout.SIDE) * MapLayout.CELL + 1;
    return image.getRGB(x, y) & 0xffffff;
  }

  private static int colour(PortStatus s) {
    return MapLayout.COLORS[s.ordinal()];
  }
}
