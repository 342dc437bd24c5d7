package org.portreg.format.excerpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.portreg.error.RegistryFormatException;
import org.portreg.format.Format;
import org.portreg.format.ReadOptions;
import org.portreg.io.Registries;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;
import org.portreg.testing.SharedData;

/** An excerpt read through {@link Registries} as a partial registry. */
class ExcerptRegistryTest {
  @Test
  void registriesDetectsAndReadsASeedAsAPartialRegistry() {
    byte[] bytes = SharedData.bytes(ExcerptSeedsTest.seed("000"));
    assertThat(Registries.detect(bytes)).isEqualTo(Format.EXCERPT);
    Registry registry = Registries.read(ExcerptSeedsTest.seed("000"));
    assertThat(registry.records()).hasSize(100);
    assertThat(registry.header().updated().toString()).isEqualTo("2026-05-11");
    assertThat(registry.header().references()).containsExactly(Xref.of(XrefType.RFC, "rfc6335"));
    assertThat(registry.header().notes()).hasSize(2);
    ServiceRecord discard = registry.records().get(0);
    assertThat(discard.protocol()).contains(Transport.DCCP);
    assertThat(discard.serviceCode()).contains("1145656131");
    assertThat(discard.persons()).containsExactly(Xref.person("Eddie_Kohler"));
    assertThat(discard.references()).containsExactly(Xref.of(XrefType.RFC, "rfc4340"));
    ServiceRecord smtp = registry.records().get(1);
    assertThat(smtp.assignees()).containsExactly(Xref.person("IESG"));
    assertThat(smtp.persons()).containsExactly(Xref.person("IETF_Chair"));
    assertThat(smtp.references().get(0).type()).isEqualTo(XrefType.DRAFT);
    assertThat(smtp.registered().map(Object::toString)).contains("2017-06-05");
  }

  @Test
  void officialTextRenderingIsNotTakenForAnExcerpt() {
    byte[] txt = SharedData.bytes(SharedData.pair("2026-08-17/service-names-port-numbers.txt"));
    assertThat(ExcerptFormat.looksLikeExcerpt(txt)).isFalse();
    assertThat(Registries.detect(txt)).isEqualTo(Format.TXT);
  }

  @Test
  void peopleComeFromTheContactTable() {
    Registry registry = Registries.read(ExcerptSeedsTest.seed("003"));
    assertThat(registry.people()).hasSize(7);
    assertThat(registry.person("IETF_Chair").flatMap(p -> p.org())).contains("IETF");
  }

  @Test
  void convertsToJson() {
    Registry registry = Registries.read(ExcerptSeedsTest.seed("004"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Registries.write(registry, Format.JSON, out);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("\"pra-elmd\"")
        .contains("\"7576-7587\"")
        .contains("\"Dennis_Mastin\"");
  }

  @Test
  void badPortIsAProblemInStrictModeAndCollectedInLenientMode() {
    String text =
        "Last Updated\n2020-01-01\n" + ColumnRecoveryTest.MD_HEAD + "| a | 20-10 | tcp | A |\n";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    var lenient = ExcerptFormat.readRegistry(bytes, "p.txt", ReadOptions.LENIENT);
    assertThat(lenient.problems())
        .singleElement()
        .hasToString("p.txt:5:1: Port Number: port range must not end before it starts, was 20-10");
    assertThat(lenient.registry().records().get(0).number()).isEmpty();
    assertThatThrownBy(() -> ExcerptFormat.readRegistry(bytes, "p.txt", ReadOptions.STRICT))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessageStartingWith("p.txt:5:1: Port Number:");
    byte[] noDate = ("T\n" + ColumnRecoveryTest.MD_HEAD).getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(
            () -> Registries.read(noDate, "n.txt", Optional.of(Format.EXCERPT), ReadOptions.STRICT))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessage("n.txt:1:1: no Last Updated date");
  }
}
