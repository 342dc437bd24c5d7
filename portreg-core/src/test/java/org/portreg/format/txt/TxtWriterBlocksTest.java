package org.portreg.format.txt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.portreg.format.ReadOptions;
import org.portreg.format.RecordColumns;
import org.portreg.io.Registries;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;
import org.portreg.testing.SharedData;

/** The text writer on the newest registry: a table when it fits readably, else record blocks. */
class TxtWriterBlocksTest {
  private static Registry newest;

  @BeforeAll
  static void readNewest() {
    newest = Registries.read(SharedData.newestXml());
  }

  @ParameterizedTest
  @ValueSource(ints = {47, 80, 120, 160})
  void writesBlocksWithWholeWordsAndLabelsWhenTheTableDoesNotFit(int width) {
    assertThat(TxtFormat.tableWidth(newest)).isGreaterThan(width);
    String text = TxtFormat.writeText(newest, width);
    assertThat(text.lines().mapToInt(String::length).max().orElseThrow())
        .isLessThanOrEqualTo(width);
    assertThat(text).doesNotContain("------ ").doesNotContain("Transpor\n");
    assertWholeBlock(text, record("tcpmux", "1", "tcp"), width);
    assertWholeBlock(text, withNotes("De-assigned"), width);
    assertThat(text).contains("\n[Jon_Postel]\n  Name: Jon Postel\n");
  }

  @Test
  void writesTheTableAtTheTableWidthAndItReadsBack() {
    int width = TxtFormat.tableWidth(newest);
    String text = TxtFormat.writeText(newest, width);
    assertThat(text.lines().mapToInt(String::length).max().orElseThrow())
        .isLessThanOrEqualTo(width);
    assertThat(text).contains("Service Name").contains("------");
    for (String label : RecordColumns.HEADERS) {
      for (String word : label.split(" ")) {
        assertThat(tokens(text)).as("header word %s whole", word).contains(word);
      }
    }
    Registry back = TxtFormat.readText(text, "wide.txt", ReadOptions.LENIENT).registry();
    assertThat(back.records()).hasSameSizeAs(newest.records());
    assertThat(back.people()).hasSameSizeAs(newest.people());
  }

  private static void assertWholeBlock(String text, ServiceRecord record, int width) {
    List<String> cells = RecordColumns.of(record);
    String where = cells.get(1) + "/" + cells.get(2);
    String first = (cells.get(0).isEmpty() ? where : cells.get(0) + "  " + where) + "\n";
    int start = text.indexOf("\n" + first);
    assertThat(start).as("block of %s", first).isNotNegative();
    int end = text.indexOf("\n\n", start + 1);
    String block = text.substring(start + 1, end + 1);
    Set<String> tokens = tokens(block);
    for (int c = RecordColumns.DESCRIPTION; c < cells.size(); c++) {
      if (cells.get(c).isBlank()) {
        continue;
      }
      String label = RecordColumns.HEADERS.get(c);
      assertThat(block).as("label %s", label).contains("\n  " + label + ": ");
      for (String word : cells.get(c).split("\\s+")) {
        if (!word.isEmpty() && word.length() <= width - 6) {
          assertThat(tokens).as("%s of %s at %d", word, label, width).contains(word);
        }
      }
    }
  }

  private static Set<String> tokens(String text) {
    return new HashSet<>(Arrays.asList(text.split("\\s+")));
  }

  private static ServiceRecord record(String name, String port, String transport) {
    return newest.records().stream()
        .filter(r -> RecordColumns.of(r).subList(0, 3).equals(List.of(name, port, transport)))
        .findFirst()
        .orElseThrow();
  }

  private static ServiceRecord withNotes(String text) {
    return newest.records().stream()
        .filter(r -> RecordColumns.of(r).get(RecordColumns.NOTES).contains(text))
        .filter(r -> !RecordColumns.of(r).get(RecordColumns.PORT).isEmpty())
        .findFirst()
        .orElseThrow();
  }
}
