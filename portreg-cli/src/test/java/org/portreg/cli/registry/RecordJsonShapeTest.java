package org.portreg.cli.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.cli.CliRun;
import org.portreg.format.json.JsonFormat;
import org.portreg.index.RegistryIndex;
import org.portreg.io.Registries;
import org.portreg.model.Transport;
import org.portreg.testing.SharedData;

/**
 * {@code --format json} of lookup and search prints each record in the one shape the HTTP API gives
 * it: the registry JSON format's RECORD (docs/json-format.md), written by core's {@link
 * JsonFormat#recordJson}, valid against the OpenAPI document's {@code Record} schema and the
 * registry schema's {@code record}.
 */
class RecordJsonShapeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path cache;
  String registry;

  @BeforeEach
  void useTempCache() {
    System.setProperty("portreg.cache", cache.toString());
    registry = SharedData.newestXml().toString();
  }

  @AfterEach
  void clearCache() {
    System.clearProperty("portreg.cache");
  }

  private JsonNode run(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--registry", registry, "--format", "json"));
    CliRun run = CliRun.of(all.toArray(String[]::new));
    assertThat(run.code).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  /** The OpenAPI document the server serves, its {@code Record} schema as a root. */
  private static JsonSchema openApiRecord() throws IOException {
    try (InputStream in =
        RecordJsonShapeTest.class
            .getClassLoader()
            .getResourceAsStream("org/portreg/server/web/openapi.json")) {
      JsonNode openApi = JSON.readTree(in);
      ObjectNode root = JSON.createObjectNode();
      root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
      root.set("components", openApi.get("components"));
      root.put("$ref", "#/components/schemas/Record");
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
    }
  }

  /** docs/registry.schema.json, its {@code record} as a root. */
  private static JsonSchema registryRecord() throws IOException {
    ObjectNode root =
        (ObjectNode) JSON.readTree(Files.readString(Path.of("../docs/registry.schema.json")));
    root.remove("required");
    root.remove("properties");
    root.put("$ref", "#/$defs/record");
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
  }

  private static List<JsonNode> records(JsonNode array) {
    List<JsonNode> records = new ArrayList<>();
    array.forEach(records::add);
    return records;
  }

  @Test
  void lookupPrintsTheRecordsAsCoreWritesThem() throws IOException {
    JsonNode printed = run("lookup", "443/tcp");
    RegistryIndex index = RegistryIndex.of(Registries.read(SharedData.newestXml()));
    JsonNode expected =
        JSON.readTree(JsonFormat.recordJson(index.lookup(443, Transport.TCP).get(0)));
    assertThat(printed).hasSize(1);
    assertThat(printed.get(0)).isEqualTo(expected);
    assertThat(printed.get(0).get("name").asText()).isEqualTo("https");
    assertThat(printed.get(0).get("number").asText()).isEqualTo("443");
    assertThat(printed.get(0).has("serviceName")).isFalse();
  }

  @Test
  void everyPrintedRecordValidatesAgainstTheApisSchema() throws IOException {
    JsonSchema api = openApiRecord();
    JsonSchema format = registryRecord();
    List<JsonNode> printed = records(run("lookup", "0-100"));
    printed.addAll(records(run("search", "https", "--all").get("rows")));
    assertThat(printed).hasSizeGreaterThan(100);
    for (JsonNode record : printed) {
      assertThat(api.validate(record)).as(record.toString()).isEmpty();
      assertThat(format.validate(record)).as(record.toString()).isEmpty();
    }
  }

  @Test
  void searchPrintsItsContactsAsThePeopleOfTheFormat() throws IOException {
    JsonNode contacts = run("search", "https").get("contacts");
    assertThat(contacts).isNotEmpty();
    for (JsonNode person : contacts) {
      assertThat(person.has("id")).isTrue();
      assertThat(person.has("contactUri")).isFalse();
    }
  }
}
