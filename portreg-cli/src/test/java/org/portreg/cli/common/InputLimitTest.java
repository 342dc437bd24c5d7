package org.portreg.cli.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.portreg.error.InvalidInputException;

class InputLimitTest {
  @Test
  void parsesBytesAndBinarySuffixes() {
    assertThat(InputLimit.parse("1048576")).isEqualTo(1L << 20);
    assertThat(InputLimit.parse("64MiB")).isEqualTo(64L << 20);
    assertThat(InputLimit.parse("200M")).isEqualTo(200L << 20);
    assertThat(InputLimit.parse("1k")).isEqualTo(1024);
    assertThat(InputLimit.parse(" 1GiB ")).isEqualTo(1L << 30);
    assertThat(InputLimit.parse("512B")).isEqualTo(512);
  }

  @Test
  void refusesWhatIsNotASizeInRange() {
    for (String bad : new String[] {"", "abc", "0", "-1", "2G", "1.5M", "MiB", "12 MB x"}) {
      assertThatThrownBy(() -> InputLimit.parse(bad))
          .as(bad)
          .isInstanceOf(InvalidInputException.class)
          .hasMessage(
              "expected a size such as 64MiB, 200M or 1048576 (from 1 byte to 2147483639"
                  + " bytes), was '"
                  + bad
                  + "'");
    }
  }
}
