package org.portreg.format.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.portreg.error.RegistryFormatException;
import org.portreg.format.ReadOptions;
import org.portreg.format.ReadResult;
import org.portreg.format.RecordColumns;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;

class CsvReaderTest {
  static final String HEADER = String.join(",", RecordColumns.HEADERS) + "\r\n";

  static ReadResult read(String body, ReadOptions options) {
    return CsvFormat.read((HEADER + body).getBytes(StandardCharsets.UTF_8), "t.csv", options);
  }

  static ServiceRecord only(String row) {
    Registry registry = read(row + "\r\n", ReadOptions.STRICT).registry();
    assertThat(registry.records()).hasSize(1);
    return registry.records().get(0);
  }

  static String strictError(String body) {
    try {
      read(body, ReadOptions.STRICT);
    } catch (RegistryFormatException e) {
      return e.problems().get(0).toString();
    }
    throw new AssertionError("expected a RegistryFormatException for " + body);
  }

  @Test
  void readsQuotedFieldsWithDoubledQuotesAndLineBreaks() {
    ServiceRecord r =
        only("www,80,tcp,World,[IESG],[IETF_Chair],,2021-10-01,,,,\"a \"\"b\"\"\nc\"");
    assertThat(r.notes().orElseThrow().plain()).isEqualTo("a \"b\"\nc");
    assertThat(r.protocol()).contains(Transport.TCP);
    assertThat(r.updated().orElseThrow()).hasToString("2021-10-01");
  }

  @Test
  void sameAssigneeAndContactBecomeBarePersons() {
    ServiceRecord r = only("a,1,udp,d,[A][B],[A][B],,,,,,");
    assertThat(r.assignees()).isEmpty();
    assertThat(r.persons()).containsExactly(Xref.person("A"), Xref.person("B"));
  }

  @Test
  void differentAssigneeAndContactKeepBoth() {
    ServiceRecord r = only("a,1,udp,d,[IESG],[IETF_Chair],,,,,,");
    assertThat(r.assigneeIds()).containsExactly("IESG");
    assertThat(r.contactIds()).containsExactly("IETF_Chair");
  }

  @Test
  void guessesReferenceKindsFromTheirLabels() {
    ServiceRecord r =
        only(
            "a,1,tcp,d,,,,,\"[RFC8765, Section 6.1][draft-ietf-x-01][RFC-ietf-y-02]"
                + "[https://example.org/p][1][Some text [nested]]\",,,");
    assertThat(r.references())
        .extracting(Xref::type)
        .containsExactly(
            XrefType.RFC,
            XrefType.DRAFT,
            XrefType.DRAFT,
            XrefType.URI,
            XrefType.NOTE,
            XrefType.TEXT);
    assertThat(r.references().get(0).data()).contains("rfc8765");
    assertThat(r.references().get(0).section()).contains("6.1");
    assertThat(r.references().get(5).text()).contains("Some text [nested]");
  }

  @Test
  void rejectsWrongColumnCount() {
    assertThat(strictError("a,1,tcp\r\n")).isEqualTo("t.csv:2:1: expected 12 columns, found 3");
  }

  @Test
  void rejectsBadPortWithItsColumn() {
    assertThat(strictError("abc,70000,tcp,d,,,,,,,,\r\n"))
        .isEqualTo("t.csv:2:5: bad port: port must be in 0..65535, was 70000");
  }

  @Test
  void rejectsUnknownTransport() {
    assertThat(strictError("abc,1,quic,d,,,,,,,,\r\n"))
        .isEqualTo(
            "t.csv:2:7: bad transport: transport must be tcp, udp, sctp or dccp, was 'quic'");
  }

  @Test
  void rejectsBadDate() {
    assertThat(strictError("abc,1,tcp,d,,,2001-13,,,,,\r\n"))
        .isEqualTo("t.csv:2:15: bad date: month must be in 1..12, was 13");
  }

  @Test
  void rejectsTruncatedQuotedField() {
    assertThat(strictError("abc,1,tcp,\"never closed\n"))
        .isEqualTo("t.csv:2:11: quoted field is not closed before the end of input");
  }

  @Test
  void rejectsInvalidUtf8() {
    byte[] bytes = (HEADER + "ab").getBytes(StandardCharsets.UTF_8);
    byte[] bad = java.util.Arrays.copyOf(bytes, bytes.length + 1);
    bad[bytes.length] = (byte) 0xff;
    assertThatThrownBy(() -> CsvFormat.read(bad, "t.csv", ReadOptions.STRICT))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessageContaining("t.csv:2:3: invalid UTF-8");
  }

  @Test
  void rejectsWrongHeader() {
    assertThatThrownBy(
            () ->
                CsvFormat.read(
                    "Name,Port\r\n".getBytes(StandardCharsets.UTF_8), "h.csv", ReadOptions.STRICT))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessageContaining("h.csv:1:1: expected IANA's header");
  }

  @Test
  void rejectsContactWithoutAssignee() {
    assertThat(strictError("abc,1,tcp,d,,[X],,,,,,\r\n"))
        .startsWith("t.csv:2:13: a Contact without an Assignee cannot be represented");
  }

  @Test
  void rejectsTextAfterAClosingQuote() {
    assertThat(strictError("\"abc\"x,1,tcp,d,,,,,,,,\r\n"))
        .isEqualTo("t.csv:2:6: unexpected 'x' after a closing quote");
  }

  @Test
  void lenientReadCollectsEveryProblemAndKeepsTheGoodRows() {
    ReadResult result =
        read(
            "a,1,tcp,d,,,,,,,,\r\nb,99999,tcp,d,,,,,,,,\r\nc,2\r\nd,3,xyz,d,,,,,,,,\r\n",
            ReadOptions.LENIENT);
    assertThat(result.problems())
        .extracting(p -> p.line() + ":" + p.column())
        .containsExactly("3:3", "4:1", "5:5");
    assertThat(result.registry().records())
        .extracting(r -> r.name().orElseThrow())
        .containsExactly("a", "b", "d");
    assertThat(result.registry().records().get(1).number()).isEmpty();
  }
}
