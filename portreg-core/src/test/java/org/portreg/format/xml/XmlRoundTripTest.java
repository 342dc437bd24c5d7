package org.portreg.format.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.portreg.format.SourceText;
import org.portreg.model.Registry;
import org.portreg.testing.SharedData;

/** Reading an official file and writing it back gives the same bytes, for every real version. */
class XmlRoundTripTest {
  static Stream<Path> everyOfficialXml() {
    return Stream.concat(
        Stream.of(SharedData.newestXml()),
        Stream.concat(SharedData.historyFiles().stream(), SharedData.pairXmlFiles().stream()));
  }

  @ParameterizedTest
  @MethodSource("everyOfficialXml")
  void writesBackTheExactBytes(Path file) {
    byte[] original = SourceText.gunzipIfNeeded(SharedData.bytes(file), file.toString());
    Registry registry = XmlFormat.read(original, file.toString());
    assertThat(XmlFormat.write(registry)).isEqualTo(original);
  }

  @ParameterizedTest
  @MethodSource("everyOfficialXml")
  void canonicalFormReadsBackToAnEqualRegistry(Path file) {
    Registry registry = XmlFormat.read(SharedData.bytes(file), file.toString());
    byte[] canonical = XmlFormat.write(registry.withoutSpelling());
    Registry again = XmlFormat.read(canonical, "canonical " + file.getFileName());
    assertThat(again).isEqualTo(registry);
  }

  @Test
  void aOneRecordEditChangesOnlyThatRecordsLines() {
    Path file = SharedData.newestXml();
    byte[] original = SharedData.bytes(file);
    Registry registry = XmlFormat.read(original, file.toString());
    var records = new java.util.ArrayList<>(registry.records());
    int https = indexOfName(registry, "https");
    records.set(
        https, records.get(https).toBuilder().description("http protocol over TLS").build());
    String edited = XmlFormat.writeText(registry.withRecords(records));
    List<String> before = new String(original, StandardCharsets.UTF_8).lines().toList();
    List<String> after = edited.lines().toList();
    assertThat(after).hasSameSizeAs(before);
    List<Integer> changed =
        java.util.stream.IntStream.range(0, before.size())
            .filter(i -> !before.get(i).equals(after.get(i)))
            .boxed()
            .toList();
    int start = before.indexOf("    <name>https</name>") - 1;
    int end = start + before.subList(start, before.size()).indexOf("  </record>");
    assertThat(changed).isNotEmpty().allSatisfy(i -> assertThat(i).isBetween(start, end));
    assertThat(after.subList(start, end + 1))
        .contains("    <description>http protocol over TLS</description>");
  }

  private static int indexOfName(Registry registry, String name) {
    for (int i = 0; i < registry.records().size(); i++) {
      if (registry.records().get(i).name().orElse("").equals(name)) {
        return i;
      }
    }
    throw new AssertionError("no record named " + name);
  }
}
