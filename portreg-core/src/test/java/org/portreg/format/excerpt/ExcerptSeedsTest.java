package org.portreg.format.excerpt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.portreg.format.RecordColumns;
import org.portreg.testing.SharedData;

/** Acceptance: every seed (page excerpt) is read exactly. */
class ExcerptSeedsTest {
  static Path seed(String prefix) {
    try (Stream<Path> files = Files.list(SharedData.seeds())) {
      return files
          .filter(p -> p.getFileName().toString().startsWith(prefix + "_"))
          .findFirst()
          .orElseThrow();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Excerpt read(String prefix) {
    return ExcerptFormat.read(seed(prefix));
  }

  static Stream<Arguments> shapes() {
    return Stream.of(
        Arguments.of("000", Rendering.MARKDOWN, "2026-05-11", 100, 0),
        Arguments.of("001", Rendering.PLAIN, "2025-09-29", 8, 3),
        Arguments.of("002", Rendering.PLAIN, "2024-03-18", 5, 2),
        Arguments.of("003", Rendering.PIPES, "2024-11-22", 13, 7),
        Arguments.of("004", Rendering.MARKDOWN, "2025-11-14", 13, 3));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("shapes")
  void readsEverySeed(String prefix, Rendering rendering, String updated, int rows, int contacts) {
    Excerpt excerpt = read(prefix);
    assertThat(excerpt.rendering()).isEqualTo(rendering);
    assertThat(excerpt.header().lastUpdated().map(Object::toString)).contains(updated);
    assertThat(excerpt.header().title())
        .contains("Service Name and Transport Protocol Port Number Registry");
    assertThat(excerpt.header().references()).containsExactly("RFC6335");
    assertThat(excerpt.header().requestAnAssignment())
        .contains("https://www.iana.org/protocols/apply");
    assertThat(excerpt.header().availableFormats())
        .containsExactly("CSV", "XML", "HTML", "Plain text");
    assertThat(excerpt.rows()).hasSize(rows);
    assertThat(excerpt.contacts()).hasSize(contacts);
  }

  @Test
  void seed000HasTheDiscardDccpRowWithItsServiceCode() {
    Excerpt excerpt = read("000");
    ExcerptRow discard = excerpt.rows().get(0);
    assertThat(discard.line()).isEqualTo(24);
    assertThat(discard.columns())
        .containsExactly(
            "discard",
            "9",
            "dccp",
            "Discard",
            "[Eddie_Kohler]",
            "[Eddie_Kohler]",
            "",
            "",
            "[RFC4340]",
            "1145656131",
            "",
            "");
    assertThat(discard.ambiguities()).isEmpty();
    assertThat(excerpt.header().experts().orElseThrow())
        .doesNotContain("Jana Iyengar")
        .contains("Michael Scharf");
    ExcerptRow reserved = excerpt.rows().get(6);
    assertThat(reserved.name()).isEmpty();
    assertThat(reserved.key()).isEqualTo("143/udp");
    assertThat(reserved.value(RecordColumns.DESCRIPTION)).contains("Reserved");
    assertThat(excerpt.rows().get(9).port()).contains("334-343");
    assertThat(excerpt.rows().get(99).key()).isEqualTo("pxc-epmap 2434/udp");
  }

  @Test
  void seed000LoneDatesAreMarkedAmbiguous() {
    ExcerptRow smtp = read("000").rows().get(1);
    assertThat(smtp.key()).isEqualTo("smtp 25/tcp");
    assertThat(smtp.value(RecordColumns.REFERENCE)).contains("[RFC-ietf-emailcore-rfc5321bis-43]");
    assertThat(smtp.ambiguities())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.value()).isEqualTo("2017-06-05");
              assertThat(a.candidates())
                  .containsExactly(RecordColumns.REGISTERED, RecordColumns.UPDATED);
            });
  }

  @Test
  void seed001PlainRowsAndContacts() {
    Excerpt excerpt = read("001");
    ExcerptRow odette = excerpt.rows().get(6);
    assertThat(odette.line()).isEqualTo(67);
    assertThat(odette.columns())
        .containsExactly(
            "odette-ftps",
            "6619",
            "tcp",
            "ODETTE-FTP over TLS/SSL",
            "[Ieuan_Friend]",
            "[Ieuan_Friend]",
            "2006-03",
            "",
            "[RFC5024]",
            "",
            "",
            "");
    assertThat(excerpt.rows().get(0).value(RecordColumns.DESCRIPTION))
        .contains("ftp protocol, data, over TLS/SSL");
    assertThat(excerpt.organizationColumn()).isFalse();
    ExcerptContact allen = excerpt.contacts().get(0);
    assertThat(allen.id()).isEqualTo("Christopher_Allen");
    assertThat(allen.name()).contains("Christopher Allen");
    assertThat(allen.uri()).contains("mailto:ChristopherA&consensus.com");
    assertThat(allen.updated()).isEmpty();
    assertThat(excerpt.contacts().get(2).updated().map(Object::toString)).contains("2003-03");
  }

  @Test
  void seed002NameOnlyRowsKeepTheirNotes() {
    Excerpt excerpt = read("002");
    ExcerptRow tls = excerpt.rows().get(4);
    assertThat(tls.key()).isEqualTo("dns-update-tls /tcp");
    assertThat(tls.value(RecordColumns.REFERENCE)).contains("[RFC6281]");
    assertThat(tls.value(RecordColumns.NOTES).orElseThrow())
        .startsWith("DNS Dynamic Update Service for a given domain")
        .endsWith("is provided for the named domain.");
    assertThat(excerpt.contacts().get(1).updated().map(Object::toString)).contains("2022-07-11");
  }

  @Test
  void seed003ContactTableWithOrganization() {
    Excerpt excerpt = read("003");
    assertThat(excerpt.organizationColumn()).isTrue();
    List<String> ids = excerpt.contacts().stream().map(ExcerptContact::id).toList();
    assertThat(ids)
        .containsExactly(
            "Afkham_Azeez",
            "David_McMarlin",
            "IESG",
            "IETF_Chair",
            "Paul_Sterk",
            "Pearson",
            "Randall_Stewart");
    ExcerptContact chair = excerpt.contacts().get(3);
    assertThat(chair.name()).contains("IETF Chair");
    assertThat(chair.organization()).contains("IETF");
    assertThat(chair.uri()).contains("mailto:chair&ietf.org");
    ExcerptContact azeez = excerpt.contacts().get(0);
    assertThat(azeez.organization()).isEmpty();
    assertThat(azeez.uri()).contains("mailto:azeez&wso2.com");
    assertThat(azeez.updated().map(Object::toString)).contains("2006-06");
    ExcerptRow last = excerpt.rows().get(12);
    assertThat(last.key()).isEqualTo("tungsten-https 9443/udp");
    assertThat(last.value(RecordColumns.REGISTERED)).contains("2006-06");
  }

  @Test
  void seed004JoinsPraElmdBrokenOverTwoLines() {
    Excerpt excerpt = read("004");
    ExcerptRow praElmd = excerpt.rows().get(2);
    assertThat(praElmd.lines()).containsExactly(26, 27);
    assertThat(praElmd.columns())
        .containsExactly(
            "pra-elmd",
            "1587",
            "tcp",
            "pra_elmd IANA assigned this well-formed service name as a replacement for"
                + " \"pra_elmd\".",
            "[Dennis_Mastin]",
            "[Dennis_Mastin]",
            "",
            "",
            "",
            "",
            "",
            "");
    ExcerptRow alias = excerpt.rows().get(3);
    assertThat(alias.name()).contains("pra_elmd");
    assertThat(alias.value(RecordColumns.NOTES).orElseThrow())
        .startsWith("This entry is an alias to \"pra-elmd\".");
    assertThat(excerpt.rows().get(12).port()).contains("7576-7587");
    assertThat(excerpt.organizationColumn()).isFalse();
    assertThat(excerpt.contacts().get(1).uri()).contains("mailto:igorko\u00b5soft.com");
    assertThat(excerpt.contacts().get(2).name()).contains("Pavlin Ivanov Radoslavov");
    assertThat(excerpt.contacts().get(2).updated()).isEmpty();
  }
}
