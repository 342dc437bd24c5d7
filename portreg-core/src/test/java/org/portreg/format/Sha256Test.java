package org.portreg.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.portreg.testing.SharedData;

/** SHA-256 of texts in pieces is that of the joined text, checked against known digests. */
class Sha256Test {
  @Test
  void givesTheKnownDigestOfAText() {
    assertThat(Sha256.hex("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void piecesGiveTheDigestOfTheirJoinedText() {
    assertThat(Sha256.hex(List.of("a", "", "bc"))).isEqualTo(Sha256.hex("abc"));
    assertThat(Sha256.hex(List.of())).isEqualTo(Sha256.hex(""));
    String registry =
        new String(
            SharedData.bytes(SharedData.newestXml()), java.nio.charset.StandardCharsets.UTF_8);
    int third = registry.length() / 3;
    List<String> pieces =
        List.of(
            registry.substring(0, third),
            registry.substring(third, 2 * third),
            registry.substring(2 * third),
            "\u00e9\u2013\u4e2d");
    assertThat(Sha256.hex(pieces)).isEqualTo(Sha256.hex(registry + "\u00e9\u2013\u4e2d"));
  }
}
