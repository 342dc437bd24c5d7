package org.portreg.format.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.portreg.error.RegistryFormatException;
import org.portreg.format.ReadOptions;
import org.portreg.format.ReadResult;
import org.portreg.format.xml.XmlFormat;
import org.portreg.model.Registry;
import org.portreg.testing.SharedData;

class JsonReaderTest {
  static final Path SCHEMA = Path.of("..", "docs", "registry.schema.json");

  static Registry newest() {
    return XmlFormat.read(SharedData.bytes(SharedData.newestXml()), "newest.xml");
  }

  static ReadResult read(String json, ReadOptions options) {
    return JsonFormat.read(json.getBytes(StandardCharsets.UTF_8), "t.json", options);
  }

  static String strictError(String json) {
    try {
      read(json, ReadOptions.STRICT);
    } catch (RegistryFormatException e) {
      return e.problems().get(0).toString();
    }
    throw new AssertionError("expected a RegistryFormatException for " + json);
  }

  static String withRecord(String record) {
    return "{\"format\":\"portreg-registry\",\"version\":1,\"header\":{\"id\":\"i\",\"title\":\"t\","
        + "\"category\":\"c\",\"updated\":\"2026-01\"},\n\"records\":[\n"
        + record
        + "\n],\"footnotes\":[],\"people\":[]}";
  }

  @Test
  void readsBackTheModelItWasWrittenFromForTheNewestRegistry() {
    Registry fromXml = newest();
    Registry fromJson =
        JsonFormat.read(JsonFormat.write(fromXml), "newest.json", ReadOptions.STRICT).registry();
    assertThat(fromJson).isEqualTo(fromXml);
    assertThat(fromJson.spelling()).isEmpty();
  }

  @Test
  void roundTripsTheHandMadeSample() {
    Registry sample = JsonFormatTest.sample();
    assertThat(JsonFormat.read(JsonFormat.write(sample), "s.json", ReadOptions.STRICT).registry())
        .isEqualTo(sample);
  }

  @Test
  void jsonOfTheNewestRegistryValidatesAgainstTheCommittedSchema() throws Exception {
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(Files.readString(SCHEMA));
    JsonNode json = new ObjectMapper().readTree(JsonFormat.write(newest()));
    Set<ValidationMessage> errors = schema.validate(json);
    assertThat(errors).isEmpty();
    JsonNode broken = new ObjectMapper().readTree(withRecord("{\"description\":1}"));
    assertThat(schema.validate(broken)).isNotEmpty();
  }

  @Test
  void rejectsMalformedJsonWithLineAndColumn() {
    assertThat(strictError("{\n  \"format\": ]"))
        .startsWith("t.json:2:13: Unexpected character (']'");
  }

  @Test
  void rejectsABadPortWhereItIs() {
    assertThat(strictError(withRecord("{\"description\":\"\",\"number\":\"70000\"}")))
        .isEqualTo("t.json:3:28: bad 'number': port must be in 0..65535, was 70000");
  }

  @Test
  void rejectsAnotherShape() {
    assertThat(strictError("{\"format\":\"other\",\"version\":1}"))
        .isEqualTo("t.json:1:11: 'format' must be \"portreg-registry\"");
    assertThat(strictError("{\"format\":\"portreg-registry\",\"version\":2}"))
        .isEqualTo("t.json:1:40: 'version' must be 1, was 2");
  }

  @Test
  void rejectsUnknownTransportAndXrefType() {
    assertThat(strictError(withRecord("{\"description\":\"\",\"protocol\":\"quic\"}")))
        .startsWith("t.json:3:30: bad 'protocol'");
    assertThat(
            strictError(withRecord("{\"description\":\"\",\"references\":[{\"type\":\"isbn\"}]}")))
        .isEqualTo("t.json:3:33: unknown xref type 'isbn'");
  }

  @Test
  void lenientReadLeavesOutTheBadRecordsOnly() {
    ReadResult result =
        read(
            withRecord(
                "{\"name\":\"a\",\"description\":\"\"},\n{\"name\":\"b\"},\n"
                    + "{\"name\":\"c\",\"description\":[\"x\",{\"type\":\"br\"}]}"),
            ReadOptions.LENIENT);
    assertThat(result.problems())
        .extracting(Object::toString)
        .containsExactly("t.json:4:1: missing member 'description'");
    assertThat(result.registry().records())
        .extracting(r -> r.name().orElseThrow())
        .containsExactly("a", "c");
  }
}
