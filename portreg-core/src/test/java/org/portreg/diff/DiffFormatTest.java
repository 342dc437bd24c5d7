package org.portreg.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portreg.diff.Fixtures.registry;
import static org.portreg.diff.Fixtures.reserved;
import static org.portreg.diff.Fixtures.service;
import static org.portreg.diff.Fixtures.unassigned;
import static org.portreg.model.Transport.TCP;
import static org.portreg.model.Transport.UDP;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portreg.model.PortRange;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;

class DiffFormatTest {
  final ServiceRecord ftp = service("ftp", 21, TCP, "Jon_Postel");
  final ServiceRecord ssh = service("ssh", 22, TCP, "Tatu_Ylonen");
  final ServiceRecord www = service("www", 80, TCP, "IESG");
  final ServiceRecord udpstp = service("udpstp", 24601, UDP, "IESG");

  Diff sample() {
    Registry older =
        registry(
            List.of(ftp, ssh, www, unassigned(24578, 24665)),
            List.of(Fixtures.person("Jon_Postel", "mailto:jon&isi.edu")));
    Registry newer =
        registry(
                List.of(
                    ftp.toBuilder().notes(org.portreg.model.RichText.of("line 1\nline 2")).build(),
                    www.toBuilder().name("www-http").build(),
                    ssh.toBuilder().number(PortRange.of(2222)).build(),
                    unassigned(24578, 24600),
                    udpstp,
                    reserved(24601, TCP),
                    unassigned(24602, 24665)),
                List.of(Fixtures.person("Ana", "mailto:ana&example.org")))
            .withHeader(Fixtures.header("2026-02-02", "Joe Touch"));
    return RegistryDiff.compare(older, newer);
  }

  @Test
  void writesTextWithSummaryMarkersAndBeforeAfter() {
    assertThat(DiffFormat.text(sample()))
        .isEqualTo(
            """
            Registry 2026-01-01 → 2026-02-02
            Records 4 → 7: 4 added, 1 removed (1 of them split), 3 changed (1 renamed, 1 moved)
            People: 1 added, 1 removed, 0 changed
            Header: updated

            Header
            ~ updated: "2026-01-01" → "2026-02-02"

            Records
            ~ ftp 21/tcp
                notes: (none) → "line 1\\nline 2"
            ~ www-http 80/tcp (renamed from www)
                name: "www" → "www-http"
            ~ ssh 2222/tcp (moved from 22)
                port: "22" → "2222"
            - 24578-24665: Unassigned, split into 4:
                + 24578-24600: Unassigned
                + udpstp 24601/udp: udpstp service [IESG] registered 2020-01-01
                + 24601/tcp: Reserved
                + 24602-24665: Unassigned

            People
            - Jon_Postel: Jon Postel, mailto:jon&isi.edu
            + Ana: Ana, mailto:ana&example.org
            """);
  }

  @Test
  void saysReplacedWhenAReservedPortGoesToOneRecord() {
    ServiceRecord snif = service("snif", 7123, UDP, "VESvault_Corp");
    Diff diff =
        RegistryDiff.compare(registry(List.of(reserved(7123, UDP))), registry(List.of(snif)));
    assertThat(DiffFormat.text(diff))
        .contains(
            "\n- 7123/udp: Reserved, replaced by:\n"
                + "    + snif 7123/udp: snif service [VESvault_Corp] registered 2020-01-01\n");
  }

  @Test
  void saysSoWhenThereAreNoDifferences() {
    Registry same = registry(List.of(ftp));
    assertThat(DiffFormat.text(RegistryDiff.compare(same, same)))
        .startsWith("Registry 2026-01-01 → 2026-01-01: no differences\n")
        .doesNotContain("\nRecords\n");
  }

  @Test
  void writesJsonInTheDocumentedShape() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DiffFormat.writeJson(sample(), out);
    String json = out.toString(StandardCharsets.UTF_8);
    assertThat(fieldNamesAndStrings(json))
        .containsSubsequence("format", "portreg-diff", "version", "older", "newer", "summary")
        .containsSubsequence("change", "changed", "oldIndex", "newIndex", "before", "after")
        .containsSubsequence("change", "renamed", "fields", "field", "name", "before", "www")
        .containsSubsequence("change", "moved", "fields", "field", "port")
        .containsSubsequence("change", "split", "oldIndex", "record", "parts", "newIndex")
        .containsSubsequence("people", "change", "removed", "id", "Jon_Postel", "person")
        .containsSubsequence("change", "added", "id", "Ana");
    assertThat(json).contains("\"before\" : null").endsWith("}\n");
  }

  /** Every field name and string value of the JSON, in order; fails on malformed JSON. */
  static List<String> fieldNamesAndStrings(String json) throws IOException {
    List<String> tokens = new java.util.ArrayList<>();
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        if (t == JsonToken.FIELD_NAME || t == JsonToken.VALUE_STRING) {
          tokens.add(parser.getText());
        }
      }
    }
    return tokens;
  }
}
