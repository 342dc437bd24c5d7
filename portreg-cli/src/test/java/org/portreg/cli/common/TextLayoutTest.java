package org.portreg.cli.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.portreg.index.RegistryIndex;
import org.portreg.io.Registries;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.rules.RecordRules;
import org.portreg.testing.SharedData;

/**
 * The table of {@code lookup} and {@code search} on the real registry at every width a terminal may
 * have: no line wider than the terminal, no header and no word cut that its column could hold, and
 * nothing left out.
 */
class TextLayoutTest {
  private static List<Row> rows;

  @BeforeAll
  static void readTheRegistry() {
    RegistryIndex index = RegistryIndex.of(Registries.read(SharedData.newestXml()));
    List<Row> found = new ArrayList<>();
    for (int port = 0; port <= 7; port++) {
      for (ServiceRecord r : index.lookup(port, Transport.TCP)) {
        found.add(Rows.of(r, RecordRules.statusOf(r)));
      }
    }
    rows = List.copyOf(found);
  }

  private static String table(int width) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RowOutput.table(new PrintStream(bytes, true, StandardCharsets.UTF_8), rows, width);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(ints = {20, 40, 60, 80, 100, 160, TerminalWidth.UNLIMITED})
  void noLineIsWiderThanTheTerminal(int width) {
    assertThat(table(width).lines()).allMatch(l -> l.length() <= width);
  }

  @ParameterizedTest
  @ValueSource(ints = {20, 40, 60, 80, 100, 160})
  void noWordIsCut(int width) {
    List<String> printed = Arrays.asList(table(width).split("\\s+"));
    for (Row row : rows) {
      for (String cell : List.of(row.columns()[0], row.columns()[3])) {
        for (String word : cell.split(" ")) {
          if (!word.isEmpty()) {
            assertThat(printed).as("at %d columns", width).contains(word);
          }
        }
      }
    }
  }

  @Test
  void aWideTerminalGetsTheTableWithItsHeaderWhole() {
    List<String> lines = table(160).lines().toList();
    assertThat(lines.get(0)).matches("Service +Port +Proto +Status +Description");
    assertThat(lines).anyMatch(l -> l.matches("tcpmux +1 +tcp +assigned +TCP Port Service.*"));
  }

  @Test
  void aNarrowTerminalGetsOneLabelledBlockPerRecord() {
    String blocks = table(40);
    assertThat(blocks).doesNotContain("Service  Port").contains("\ntcpmux  1/tcp  assigned\n");
    assertThat(blocks).contains("\n  Description: TCP Port Service\n    Multiplexer\n");
    assertThat(blocks)
        .contains("\n2/tcp  reserved\n")
        .contains("  Assignment Notes: De-assigned on\n");
  }

  @Test
  void wrapsOnWordsAndSplitsOnlyAWordLongerThanTheLine() {
    assertThat(WordWrap.wrap("De-assigned on 2025-02-13, previously", 14, 14))
        .containsExactly("De-assigned on", "2025-02-13,", "previously");
    assertThat(WordWrap.wrap("abcdefghij klm", 4, 4)).containsExactly("abcd", "efgh", "ij", "klm");
    assertThat(WordWrap.wrap("one\n\ntwo", 10, 10)).containsExactly("one", "", "two");
    assertThat(WordWrap.wrap("", 10, 10)).containsExactly("");
  }

  @Test
  void fitsOtherTablesAndFreeTextToo() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    String[] headers = {"ID", "State", "Service", "Applicant"};
    List<String[]> cells = List.<String[]>of(new String[] {"7", "SUBMITTED", "quokka", "ann"});
    RowOutput.columns(out, headers, cells, 80);
    RowOutput.columns(out, headers, cells, 20);
    WordWrap.print(out, "  description: \"a b c d e f g h\" -> \"i j\"\n", 20);
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "ID  State      Service  Applicant\n"
                + "7   SUBMITTED  quokka   ann\n"
                + "7  SUBMITTED\n"
                + "  Service: quokka\n"
                + "  Applicant: ann\n"
                + "  description: \"a b\n"
                + "      c d e f g h\"\n"
                + "      -> \"i j\"\n");
  }
}
