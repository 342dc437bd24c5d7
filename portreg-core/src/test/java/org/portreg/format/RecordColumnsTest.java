package org.portreg.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.portreg.model.Inline;
import org.portreg.model.RichText;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;

class RecordColumnsTest {
  static RichText rich(Object... parts) {
    return new RichText(
        java.util.Arrays.stream(parts)
            .map(p -> p instanceof String s ? new Inline.Text(s) : (Inline) p)
            .toList());
  }

  static final Inline BR = new Inline.LineBreak();

  @Test
  void aRunOfBreaksIsOneSpace() {
    assertThat(RecordColumns.text(rich("whois++", BR, BR, "\nIANA assigned")))
        .isEqualTo("whois++ IANA assigned");
  }

  @Test
  void aBreakBeforeAnIndentedLineIsOneSpace() {
    assertThat(RecordColumns.text(rich("keys:", BR, "\n  auth x", BR, "\n  userid y")))
        .isEqualTo("keys: auth x userid y");
  }

  @Test
  void aBreakBeforeAnUnindentedLineIsAnEmptyLine() {
    assertThat(RecordColumns.text(rich("a '-'", BR, "\nAll of these.\nFurther.")))
        .isEqualTo("a '-'\n\nAll of these.\nFurther.");
  }

  @Test
  void joinsLinesWrappedAfterASpaceAndKeepsOtherBreaks() {
    assertThat(
            RecordColumns.text(RichText.of("for \n      \"RadSec\", an\n      early one \nkept")))
        .isEqualTo("for \"RadSec\", an\n      early one \nkept");
  }

  @Test
  void renderingARenderedTextChangesNothing() {
    String once = RecordColumns.text(RichText.of("a \n \n b"));
    assertThat(once).isEqualTo("a b");
    assertThat(RecordColumns.text(RichText.of(once))).isEqualTo(once);
  }

  @Test
  void stripsBothEnds() {
    assertThat(RecordColumns.text(RichText.of("\n      Defined TXT keys: \n    ")))
        .isEqualTo("Defined TXT keys:");
  }

  @Test
  void labelsReferencesAsIanasStylesheetDoes() {
    Xref uriWithText =
        new Xref(
            XrefType.URI,
            Optional.of("https://x.org/TR-352.pdf"),
            Optional.empty(),
            Optional.of("TR-352"));
    Xref rfcSection =
        new Xref(XrefType.RFC, Optional.of("rfc8765"), Optional.of("6.1"), Optional.empty());
    assertThat(
            RecordColumns.references(
                List.of(
                    Xref.of(XrefType.RFC, "rfc9110"),
                    rfcSection,
                    Xref.of(XrefType.DRAFT, "draft-ietf-x-01"),
                    uriWithText,
                    Xref.of(XrefType.URI, "https://example.org"),
                    Xref.text("free \n   text"),
                    Xref.of(XrefType.NOTE, "1"))))
        .isEqualTo(
            "[RFC9110][RFC8765, Section 6.1][draft-ietf-x-01][TR-352][https://example.org]"
                + "[free text][1]");
  }

  @Test
  void inlineReferencesAreBracketed() {
    assertThat(
            RecordColumns.text(
                rich("See ", new Inline.Reference(Xref.of(XrefType.RFC, "rfc6614")), ", App. A")))
        .isEqualTo("See [RFC6614], App. A");
  }
}
