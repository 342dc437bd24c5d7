package org.portreg.format.txt;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.portreg.error.RegistryFormatException;
import org.portreg.format.ReadOptions;

/** What the TXT fuzz target found (issue 14), as plain tests. */
class TxtFuzzFindingsTest {
  @Test
  void reportsAnImpossibleLastUpdatedDateAtItsPlace() {
    byte[] page =
        ("    Last Updated\n    4052-68-17\n\nExpert(s)\n    TCP/UDP: Joe Touch\n\n"
                + "Service Name  Port Number  Description\n")
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> TxtFormat.read(page, "page.txt", ReadOptions.STRICT))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessage("page.txt:2:5: Last Updated: month must be in 1..12, was 68");
  }
}
