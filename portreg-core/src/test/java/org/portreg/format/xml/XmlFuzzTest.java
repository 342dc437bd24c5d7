package org.portreg.format.xml;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.portreg.error.RegistryFormatException;
import org.portreg.format.ReadOptions;
import org.portreg.format.ReadResult;
import org.portreg.format.SourceText;
import org.portreg.model.Registry;

/**
 * Any input either reads or fails with a {@link RegistryFormatException} (never another exception),
 * and whatever reads without problems writes back to the same text. In a normal test run this
 * replays the corpus in {@code XmlFuzzTestInputs/}; with {@code JAZZER_FUZZ=1} it fuzzes.
 */
class XmlFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void readsOrRejectsCleanlyAndRoundTrips(byte[] input) {
    ReadResult result;
    try {
      result = XmlFormat.read(input, "fuzz.xml", ReadOptions.LENIENT);
    } catch (RegistryFormatException expected) {
      assertThat(expected.problems()).isNotEmpty();
      return;
    }
    if (!result.problems().isEmpty()) {
      return;
    }
    Registry registry = result.registry();
    String text = SourceText.textOf(input, "fuzz.xml");
    assertThat(XmlFormat.writeText(registry)).isEqualTo(text);
  }
}
