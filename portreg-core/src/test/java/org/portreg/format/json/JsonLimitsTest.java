package org.portreg.format.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.portreg.error.RegistryFormatException;
import org.portreg.format.ReadOptions;

/** JSON past the parser's limits is refused in our words, with a place (issue 14). */
class JsonLimitsTest {
  private static final byte[] DEEP =
      ("{\"a\":" + "[".repeat(1500) + "]".repeat(1500) + "}").getBytes(StandardCharsets.UTF_8);

  @Test
  void refusesARegistryNestedDeeperThanTheLimit() {
    assertThatThrownBy(() -> JsonFormat.read(DEEP, "deep.json", ReadOptions.STRICT))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessageStartingWith("deep.json:1:")
        .hasMessageEndingWith(": nesting deeper than 1000 levels")
        .hasMessageNotContaining("StreamReadConstraints");
  }

  @Test
  void refusesARequestNestedDeeperThanTheLimit() {
    assertThatThrownBy(() -> RequestJson.read(DEEP, "request.json"))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessageMatching("request\\.json:1:\\d+: nesting deeper than 1000 levels");
  }
}
