package org.portreg.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.util.function.Function;
import org.portreg.error.RegistryFormatException;
import org.portreg.format.csv.CsvFormat;
import org.portreg.format.excerpt.ExcerptFormat;
import org.portreg.format.json.JsonFormat;
import org.portreg.format.json.RequestJson;
import org.portreg.format.services.ServicesFormat;
import org.portreg.format.services.ServicesOptions;
import org.portreg.format.txt.TxtFormat;

/**
 * Every reader either returns a result or throws {@link RegistryFormatException} with at least one
 * problem, never anything else, for any input (issue 14). In a normal test run each target replays
 * its corpus in {@code ReadersFuzzTestInputs/<target>/}; with {@code JAZZER_FUZZ=1} and {@code
 * -Dtest=ReadersFuzzTest#<target>} it fuzzes that target.
 */
class ReadersFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void csv(byte[] input) {
    readsOrRejects(bytes -> CsvFormat.read(bytes, "fuzz.csv", ReadOptions.LENIENT), input);
  }

  @FuzzTest(maxDuration = "30s")
  void txt(byte[] input) {
    readsOrRejects(bytes -> TxtFormat.read(bytes, "fuzz.txt", ReadOptions.LENIENT), input);
  }

  @FuzzTest(maxDuration = "30s")
  void excerpt(byte[] input) {
    readsOrRejects(
        bytes -> ExcerptFormat.readRegistry(bytes, "fuzz.excerpt", ReadOptions.LENIENT), input);
  }

  @FuzzTest(maxDuration = "30s")
  void jsonRegistry(byte[] input) {
    readsOrRejects(bytes -> JsonFormat.read(bytes, "fuzz.json", ReadOptions.LENIENT), input);
  }

  @FuzzTest(maxDuration = "30s")
  void requestJson(byte[] input) {
    try {
      assertThat(RequestJson.read(input, "request.json")).isNotNull();
    } catch (RegistryFormatException expected) {
      assertThat(expected.problems()).isNotEmpty();
    }
  }

  /**
   * services(5) has no reader: whatever the CSV reader accepts must write as services(5) without
   * failing.
   */
  @FuzzTest(maxDuration = "30s")
  void services(byte[] input) {
    ReadResult result =
        readsOrRejects(b -> CsvFormat.read(b, "fuzz.csv", ReadOptions.LENIENT), input);
    if (result != null) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ServicesFormat.write(result.registry(), ServicesOptions.DEFAULT, out);
      assertThat(out.size()).isPositive();
    }
  }

  /** The result, or null when the input was refused cleanly. */
  private static ReadResult readsOrRejects(Function<byte[], ReadResult> reader, byte[] input) {
    try {
      ReadResult result = reader.apply(input);
      assertThat(result.registry()).isNotNull();
      assertThat(result.problems()).hasSizeLessThanOrEqualTo(ReadOptions.LENIENT.maxProblems());
      return result;
    } catch (RegistryFormatException expected) {
      assertThat(expected.problems()).isNotEmpty();
      return null;
    }
  }
}
