package org.portreg.format.txt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portreg.error.RegistryFormatException;
import org.portreg.format.Format;
import org.portreg.format.ReadOptions;
import org.portreg.format.ReadResult;
import org.portreg.format.RecordColumns;
import org.portreg.io.Registries;
import org.portreg.model.Registry;

class TxtReaderTest {
  private static final Registry SMALL = SmallRegistry.build("fine & dandy");
  private static final String WIDE = TxtFormat.writeText(SMALL, 400);

  private static ReadResult read(String text, ReadOptions options) {
    return TxtFormat.read(text.getBytes(StandardCharsets.UTF_8), "small.txt", options);
  }

  @Test
  void readsBackItsOwnWideRenderingColumnForColumn() {
    Registry read = read(WIDE, ReadOptions.STRICT).registry();
    assertThat(read.records()).hasSize(3);
    for (int i = 0; i < 3; i++) {
      assertThat(RecordColumns.of(read.records().get(i)))
          .isEqualTo(RecordColumns.of(SMALL.records().get(i)));
    }
    assertThat(read.people()).isEqualTo(SMALL.people());
    assertThat(read.footnotes()).isEqualTo(SMALL.footnotes());
    assertThat(read.header().updated()).isEqualTo(SMALL.header().updated());
    assertThat(read.header().experts()).isEqualTo(SMALL.header().experts());
    assertThat(read.header().references()).isEqualTo(SMALL.header().references());
    assertThat(read.header().notes()).hasSize(2);
  }

  @Test
  void isDetectedByTheFacade() {
    byte[] bytes = WIDE.getBytes(StandardCharsets.UTF_8);
    assertThat(Registries.detect(bytes)).isEqualTo(Format.TXT);
    assertThat(
            Registries.read(bytes, "small.txt", java.util.Optional.empty(), ReadOptions.STRICT)
                .registry()
                .records())
        .hasSize(3);
  }

  @Test
  void namesLineAndColumnOfABadPort() {
    String bad = WIDE.replaceFirst("(?m)^(http +)80 ", "$18x ");
    int line = lineOf(bad, "http ");
    int column = bad.lines().toList().get(line - 1).indexOf("8x") + 1;
    assertThatThrownBy(() -> read(bad, ReadOptions.STRICT))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessageStartingWith("small.txt:" + line + ":")
        .hasMessageContaining("bad port")
        .hasMessageContaining("'8x'");
    RegistryFormatException e = catchFormat(bad);
    assertThat(e.problem().column()).isLessThanOrEqualTo(column);
  }

  @Test
  void namesAnUnknownTransport() {
    String bad = WIDE.replaceFirst("(?m)^(odd +4556 +)dccp", "$1quic");
    assertThatThrownBy(() -> read(bad, ReadOptions.STRICT))
        .hasMessageStartingWith("small.txt:" + lineOf(bad, "odd ") + ":")
        .hasMessageContaining("unknown transport 'quic'");
  }

  @Test
  void lenientReadSkipsBadFieldsAndListsEveryProblem() {
    String bad =
        WIDE.replaceFirst("(?m)^(http +)80 ", "$18x ")
            .replaceFirst("(?m)^(odd +4556 +)dccp", "$1quic");
    ReadResult result = read(bad, ReadOptions.LENIENT);
    assertThat(result.problems()).hasSize(2);
    assertThat(result.problems().get(0).message()).contains("bad port");
    assertThat(result.problems().get(1).message()).contains("unknown transport");
    assertThat(result.registry().records()).hasSize(3);
    assertThat(result.registry().records().get(0).number()).isEmpty();
    assertThat(result.registry().records().get(1).protocol()).isEmpty();
  }

  @Test
  void reportsATruncatedTable() {
    String cut = WIDE.substring(0, WIDE.indexOf("Contact Information"));
    cut = cut.substring(0, cut.lastIndexOf("odd"));
    String truncated = cut;
    assertThatThrownBy(() -> read(truncated, ReadOptions.STRICT))
        .hasMessageStartingWith("small.txt:" + truncated.split("\n", -1).length + ":1:")
        .hasMessageContaining("truncated table");
    ReadResult lenient = read(truncated, ReadOptions.LENIENT);
    assertThat(lenient.problems()).hasSize(1);
    assertThat(lenient.registry().records()).hasSize(1);
  }

  @Test
  void refusesTextWithoutARecordsTable() {
    assertThatThrownBy(() -> read("Internet Assigned Numbers Authority\n", ReadOptions.LENIENT))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessage("small.txt:1:1: no records table: no header line with 'Service Name' found");
  }

  @Test
  void namesLineAndColumnOfInvalidUtf8() {
    byte[] good = WIDE.getBytes(StandardCharsets.UTF_8);
    int at = WIDE.indexOf("World");
    byte[] bad = good.clone();
    bad[at] = (byte) 0xC3;
    bad[at + 1] = (byte) 0x28;
    int line = lineOf(WIDE, "http ");
    int column = WIDE.lines().toList().get(line - 1).indexOf("World") + 1;
    assertThatThrownBy(() -> TxtFormat.read(bad, "small.txt", ReadOptions.LENIENT))
        .hasMessageStartingWith("small.txt:" + line + ":" + column + ":")
        .hasMessageContaining("invalid UTF-8");
  }

  @Test
  void recognisesReferenceKindsAndSectionsByShape() {
    assertThat(RecordCells.references("[RFC8765, Section 6.1][draft-a-b][https://x.org/][1][Free]"))
        .extracting(
            x -> x.type().token() + ":" + x.target() + x.section().map(s -> "#" + s).orElse(""))
        .containsExactly(
            "rfc:rfc8765#6.1", "draft:draft-a-b", "uri:https://x.org/", "note:1", "text:Free");
  }

  @Test
  void readsABlankLineInsideACellAsAParagraphBreak() {
    assertThat(
            RecordColumns.text(
                RecordCells.richText(List.of("whois++", "", "IANA assigned", "this"))))
        .isEqualTo("whois++ IANA assigned this");
    assertThat(RecordCells.richText(List.of("a", "", "b")).parts()).hasSize(4);
  }

  private static RegistryFormatException catchFormat(String text) {
    try {
      read(text, ReadOptions.STRICT);
    } catch (RegistryFormatException e) {
      return e;
    }
    throw new AssertionError("expected a RegistryFormatException");
  }

  private static int lineOf(String text, String prefix) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line starts with " + prefix);
  }
}
