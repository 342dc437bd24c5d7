package org.portreg.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portreg.format.xml.XmlFormat;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;

/** The source-text shortcut never changes what the diff finds. */
class RecordTextsTest {
  static Registry xml(String records) {
    String doc =
        "<?xml version='1.0' encoding='UTF-8'?>\n"
            + "<registry xmlns=\"http://www.iana.org/assignments\" id=\"x\">\n"
            + "  <title>T</title>\n  <updated>2026-01-01</updated>\n"
            + records
            + "</registry>\n";
    return XmlFormat.read(doc.getBytes(StandardCharsets.UTF_8), "test.xml");
  }

  static final String FTP =
      "  <record>\n    <name>ftp</name>\n    <protocol>tcp</protocol>\n"
          + "    <number>21</number>\n  </record>\n";
  static final String SSH =
      "  <record>\n    <name>ssh</name>\n    <protocol>tcp</protocol>\n"
          + "    <number>22</number>\n  </record>\n";

  @Test
  void findsTheTextOfEveryRecordReadFromXml() {
    Registry registry = xml(FTP + SSH);
    String[] texts = RecordTexts.of(registry, "xml");
    assertThat(texts[0]).contains("<name>ftp</name>");
    assertThat(texts[1]).contains("<name>ssh</name>");
    assertThat(RecordTexts.of(registry, "csv")).containsOnlyNulls();
  }

  @Test
  void findsTheTextsOfUneditedRecordsAfterAnEdit() {
    Registry registry = xml(FTP + SSH);
    ServiceRecord edited = registry.records().get(0).toBuilder().description("edited").build();
    Registry changed = registry.withRecords(List.of(edited, registry.records().get(1)));
    String[] texts = RecordTexts.of(changed, "xml");
    assertThat(texts[0]).isNull();
    assertThat(texts[1]).contains("<name>ssh</name>");
  }

  @Test
  void treatsDifferentlySpelledEqualRecordsAsUnchanged() {
    String ftpReindented = FTP.replace("    <", "\t<");
    Diff diff = RegistryDiff.compare(xml(FTP + SSH), xml(ftpReindented + SSH));
    assertThat(diff.records()).isEmpty();
    assertThat(diff.recordsUnchanged()).isEqualTo(2);
  }

  @Test
  void comparesWithoutTextsWhenOnlyOneSideWasRead() {
    Registry read = xml(FTP + SSH);
    Diff diff = RegistryDiff.compare(read, read.withoutSpelling());
    assertThat(diff.isEmpty()).isTrue();
    assertThat(RecordTexts.commonFormat(read, read.withoutSpelling())).isNull();
  }
}
