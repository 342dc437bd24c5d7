package org.portreg.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.error.RegistryFormatException;
import org.portreg.format.xml.XmlFormat;
import org.portreg.io.Registries;
import org.portreg.model.Registry;
import org.portreg.model.RichText;
import org.portreg.testing.ChildJvm;
import org.portreg.testing.SharedData;

/**
 * A field longer than {@link ReadOptions#MAX_FIELD_CHARS} is refused while it is read, in XML, CSV
 * and JSON, naming where it starts (issue 14: memory proportional to the registry, not to junk).
 */
class FieldLimitTest {
  private static final String HEAD =
      "<?xml version='1.0' encoding='UTF-8'?>\n"
          + "<registry xmlns=\"http://www.iana.org/assignments\" id=\"service-names-port-numbers\">\n"
          + "  <title>T</title>\n"
          + "  <updated>2026-01-01</updated>\n";

  @TempDir Path dir;

  private static byte[] xmlWithDescription(String description) {
    return (HEAD
            + "  <record>\n    <name>x</name>\n    <protocol>tcp</protocol>\n"
            + "    <description>"
            + description
            + "</description>\n    <number>9</number>\n  </record>\n</registry>\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void anXmlFieldAtTheLimitIsReadAndOnePastItIsRefusedWhereItStarts() {
    String atLimit = "é".repeat(ReadOptions.MAX_FIELD_CHARS);
    Registry read = XmlFormat.read(xmlWithDescription(atLimit), "ok.xml");
    assertThat(read.records().get(0).description()).isEqualTo(RichText.of(atLimit));

    byte[] tooLong = xmlWithDescription(atLimit + "z");
    assertThatThrownBy(() -> XmlFormat.read(tooLong, "long.xml"))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessage(
            "long.xml:8:18: the text of <description> is longer than 65536 characters, the most"
                + " one field may hold");
  }

  @Test
  void cdataCountsTowardsTheLimitToo() {
    String cdata = "<![CDATA[" + "<".repeat(ReadOptions.MAX_FIELD_CHARS + 1) + "]]>";
    assertThatThrownBy(() -> XmlFormat.read(xmlWithDescription(cdata), "cdata.xml"))
        .hasMessageContaining("the text of <description> is longer than 65536 characters");
  }

  @Test
  void aCsvFieldPastTheLimitIsRefusedQuotedOrNot() {
    String header = String.join(",", RecordColumns.HEADERS) + "\n";
    String plain = header + "http,80,tcp," + "a".repeat(ReadOptions.MAX_FIELD_CHARS + 1) + "\n";
    String quoted =
        header + "http,80,tcp,\"" + "a\"\"".repeat(ReadOptions.MAX_FIELD_CHARS / 2 + 1) + "\"\n";
    for (String csv : List.of(plain, quoted)) {
      byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
      assertThatThrownBy(() -> Registries.read(bytes, "long.csv", Optional.empty(), lenient()))
          .isInstanceOf(RegistryFormatException.class)
          .hasMessage(
              "long.csv:2:13: a field is longer than 65536 characters, the most one field may"
                  + " hold");
    }
  }

  @Test
  void aJsonStringPastTheLimitIsRefusedWithItsPosition() throws IOException {
    Registry registry = XmlFormat.read(xmlWithDescription("short"), "ok.xml");
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    Registries.write(registry, Format.JSON, json);
    String text =
        json.toString(StandardCharsets.UTF_8)
            .replace("short", "b".repeat(ReadOptions.MAX_FIELD_CHARS + 1));
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Registries.read(bytes, "long.json", Optional.empty(), lenient()))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessageStartingWith("long.json:")
        .hasMessageEndingWith(": a string longer than 65536 characters");
  }

  /** The real registry streams out as the same bytes as it is written whole. */
  @Test
  void xmlStreamedOutIsByteIdenticalToTheWholeDocument() throws IOException {
    Registry registry = Registries.read(SharedData.newestXml());
    ByteArrayOutputStream streamed = new ByteArrayOutputStream();
    XmlFormat.write(registry, streamed);
    assertThat(streamed.toByteArray())
        .isEqualTo(XmlFormat.write(registry))
        .isEqualTo(Files.readAllBytes(SharedData.newestXml()));
  }

  /**
   * 60 MiB of text in one element, under the input limit: refused in a JVM of 128 MiB heap, which
   * could not even hold the document as one UTF-16 string (before this, reading it needed over 1
   * GiB).
   */
  @Test
  void aJunkTextNodeIsRefusedInBoundedMemoryInAChildJvm() throws Exception {
    Path junk = dir.resolve("junk.xml");
    try (Writer out = Files.newBufferedWriter(junk, StandardCharsets.UTF_8)) {
      out.write(HEAD + "  <record>\n    <description>é");
      char[] block = new char[1 << 20];
      java.util.Arrays.fill(block, 'a');
      for (int i = 0; i < 60; i++) {
        out.write(block);
      }
      out.write("</description>\n  </record>\n</registry>\n");
    }
    ChildJvm.Result child =
        ChildJvm.run(
            dir.resolve("child.log"),
            List.of("-Xmx128m"),
            BoundedInputTest.ReadOneFile.class,
            junk.toString());
    assertThat(child.output())
        .contains(junk + ":6:18: the text of <description> is longer than 65536 characters")
        .doesNotContain("OutOfMemoryError");
    assertThat(child.exit()).as(child.output()).isEqualTo(65);
  }

  private static ReadOptions lenient() {
    return ReadOptions.LENIENT;
  }
}
