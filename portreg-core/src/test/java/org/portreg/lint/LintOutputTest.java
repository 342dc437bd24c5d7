package org.portreg.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three outputs, the JSON and SARIF ones validated against their schemas. */
class LintOutputTest {
  static final Path OWN_SCHEMA = Path.of("..", "docs", "lint.schema.json");
  static final ObjectMapper MAPPER = new ObjectMapper();

  static List<Finding> findings() {
    List<Finding> fromXml =
        RegistryLint.check(RegistryLintTest.registry(), "dir with space/registry-every-rule.xml");
    List<Finding> withoutPosition =
        RegistryLint.check(RegistryLintTest.registry().withoutSpelling(), "registry.csv");
    return java.util.stream.Stream.concat(fromXml.stream(), withoutPosition.stream().limit(1))
        .toList();
  }

  static String write(LintOutput output, List<Finding> findings) {
    StringWriter out = new StringWriter();
    output.write(findings, "1.2.3", out);
    return out.toString();
  }

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void textIsOneLinePerFindingWithPositionWhenKnown() {
    String text = write(LintOutput.TEXT, findings());
    assertThat(text.lines())
        .hasSize(16)
        .startsWith(
            "dir with space/registry-every-rule.xml:6:3: info: [name-several-ports] service name"
                + " 'good' is on unrelated ports [1500-1500, 4000-4000]; check that one service"
                + " needs them all, or give the others their own names")
        .last()
        .asString()
        .startsWith("registry.csv: error: [name-syntax] service name 'bad_name'");
  }

  @Test
  void jsonFollowsItsSchemaInDocs() throws IOException {
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(Files.readString(OWN_SCHEMA));
    JsonNode json = parse(write(LintOutput.JSON, findings()));
    assertThat(schema.validate(json)).isEmpty();
    assertThat(json.at("/counts/error").asInt()).isEqualTo(5);
    assertThat(json.at("/findings/0/line").asInt()).isEqualTo(6);
    assertThat(json.at("/findings/15").has("line")).isFalse();
    ((com.fasterxml.jackson.databind.node.ObjectNode) json.at("/findings/0")).put("rule", "nope");
    assertThat(schema.validate(json)).isNotEmpty();
  }

  @Test
  void sarifFollowsTheOfficialSchema() throws IOException {
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/lint/sarif-2.1.0-rtm.5.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
    JsonNode sarif = parse(write(LintOutput.SARIF, findings()));
    assertThat(schema.validate(sarif)).isEmpty();
    assertThat(sarif.at("/version").asText()).isEqualTo("2.1.0");
    JsonNode first = sarif.at("/runs/0/results/0");
    assertThat(first.at("/ruleId").asText()).isEqualTo("name-several-ports");
    assertThat(first.at("/level").asText()).isEqualTo("note");
    assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("dir%20with%20space/registry-every-rule.xml");
    assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(6);
    assertThat(sarif.at("/runs/0/tool/driver/rules").size()).isEqualTo(LintRule.values().length);
    ((com.fasterxml.jackson.databind.node.ObjectNode) first).put("level", "fatal");
    assertThat(schema.validate(sarif)).isNotEmpty();
  }

  @Test
  void parsesNames() {
    assertThat(LintOutput.parse("SARIF")).contains(LintOutput.SARIF);
    assertThat(LintOutput.parse("xml")).isEmpty();
    assertThat(LintOutput.JSON).hasToString("json");
    assertThat(Severity.parse("Warning")).contains(Severity.WARNING);
    assertThat(Severity.parse("fatal")).isEmpty();
    assertThat(LintRule.byId("port-name")).contains(LintRule.PORT_NAME);
    assertThat(LintRule.byId("PORT-NAME")).isEmpty();
  }
}
