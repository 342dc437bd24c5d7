package org.portreg.format.txt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TextWrapTest {
  @Test
  void wrapsAtWhiteSpaceAndCutsWordsLongerThanTheWidth() {
    assertThat(TextWrap.wrap("one two three", 7)).containsExactly("one two", "three");
    assertThat(TextWrap.wrap("ab abcdefghij c", 4)).containsExactly("ab", "abcd", "efgh", "ij c");
    assertThat(TextWrap.wrap("   ", 4)).isEmpty();
  }

  /**
   * A description of one 4-million-character word (what a 64 MiB hostile file can hold) is cut in
   * linear time: cutting copies of the word's rest took O(n²/width) and ran for over ten minutes on
   * a 63 MiB word. The timeout only catches that hang; the linear cut takes milliseconds.
   */
  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aHugeWordIsCutInLinearTime() {
    String word = "a".repeat(4_000_000);

    List<String> lines = TextWrap.wrap("x " + word + " y", 40);

    assertThat(lines).hasSize(100_002);
    assertThat(lines.get(0)).isEqualTo("x");
    assertThat(lines.subList(1, 100_001)).allMatch(l -> l.length() == 40 && l.charAt(0) == 'a');
    assertThat(lines.get(100_001)).isEqualTo("y");
  }
}
