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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.cli.WorkflowStoreFixture;
import org.portreg.testing.SharedData;

/**
 * Issue 16: {@code lookup} and {@code search} on a database show the local assignments beside
 * IANA's records, marked as local in every format, IANA's own output unchanged around them: the
 * table under a heading of its own, CSV with a Source column, JSON objects with {@code "source":
 * "local"} valid against the OpenAPI {@code LocalEntry} and the schema's {@code localEntry}.
 */
class LocalMarksCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path folder;
  WorkflowStoreFixture cli;
  String registry;

  @BeforeEach
  void storeWithBillingApiOn8080() throws Exception {
    System.setProperty("portreg.cache", folder.resolve("cache").toString());
    registry = SharedData.newestXml().toString();
    cli = WorkflowStoreFixture.in(folder);
    cli.require(
        cli.run(
            "local",
            "add",
            "billing-api",
            "--ports",
            "8080",
            "--transport",
            "tcp",
            "--owner",
            "payments",
            "--contact",
            "payments@example.org",
            "--scope",
            "cluster",
            "--tag",
            "prod",
            "--since",
            "2026-12-03",
            "--description",
            "Billing API",
            "--force",
            "--as",
            "ann"));
  }

  @AfterEach
  void clearCache() {
    System.clearProperty("portreg.cache");
  }

  @Test
  void lookupShowsTheLocalEntryUnderItsHeadingAfterIanasRows() {
    cli.require(cli.run("lookup", "8080/tcp"));
    assertThat(cli.out)
        .isEqualTo(
            """
            Service   Port  Proto  Status    Description
            http-alt  8080  tcp    assigned  HTTP Alternate (see port 80)

            Local assignments (portreg local; not in IANA's registry)
            Name         Ports  Proto  Owner     Scope    Since       Expires  Description
            billing-api  8080   tcp    payments  cluster  2026-12-03           Billing API
            """);
    cli.require(cli.run("lookup", "8080/udp"));
    assertThat(cli.out).doesNotContain("Local", "billing-api");
  }

  @Test
  void aNameOnlyTheLocalRegistryHasIsFoundAndSaysWhatIanaSays() {
    cli.require(cli.run("lookup", "BILLING-API"));
    assertThat(cli.out)
        .startsWith("IANA: no service named 'BILLING-API'\n\nLocal assignments")
        .contains("billing-api  8080   tcp    payments");
    assertThat(cli.err).isEmpty();
    assertThat(cli.run("lookup", "billing-api/udp")).isEqualTo(1);
    assertThat(cli.err).isEqualTo("portreg: no service named 'billing-api'\n");
  }

  @Test
  void lookupJsonAddsAMarkedObjectAndKeepsIanasRecords() throws IOException {
    cli.require(cli.run("lookup", "8080", "--format", "json"));
    JsonNode combined = JSON.readTree(cli.out);
    cli.require(cli.run("lookup", "8080", "--format", "json", "--registry", registry));
    JsonNode iana = JSON.readTree(cli.out);
    assertThat(iana).hasSize(2);
    assertThat(combined).hasSize(3);
    assertThat(combined.get(0)).isEqualTo(iana.get(0));
    assertThat(combined.get(1)).isEqualTo(iana.get(1));
    assertThat(iana.get(0).has("source")).isFalse();
    JsonNode local = combined.get(2);
    assertThat(local.toString())
        .isEqualTo(
            "{\"source\":\"local\",\"name\":\"billing-api\",\"ports\":\"8080\",\"transports\":"
                + "[\"tcp\"],\"owner\":\"payments\",\"contact\":\"payments@example.org\","
                + "\"scope\":\"cluster\",\"tags\":[\"prod\"],\"description\":\"Billing API\","
                + "\"since\":\"2026-12-03\"}");
    assertValidLocalEntry(local);
    assertThat(openApi("Record").validate(local))
        .as("a local entry is no IANA record")
        .isNotEmpty();
  }

  @Test
  void lookupCsvAddsASourceColumnOnlyWithLocalRows() {
    cli.require(cli.run("lookup", "8080", "--format", "csv"));
    assertThat(cli.out.split("\r\n"))
        .containsExactly(
            "Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,"
                + "Registration Date,Modification Date,Reference,Service Code,"
                + "Unauthorized Use Reported,Assignment Notes,Source",
            "http-alt,8080,tcp,HTTP Alternate (see port 80),[Stephen_Casner],[Stephen_Casner],,,,,,,IANA",
            "http-alt,8080,udp,HTTP Alternate (see port 80),[Stephen_Casner],[Stephen_Casner],,,,,,,IANA",
            "billing-api,8080,tcp,Billing API,payments,payments@example.org,2026-12-03,,,,,,local");
    cli.require(cli.run("lookup", "443", "--format", "csv"));
    assertThat(cli.out).startsWith("Service Name,").doesNotContain("Source", "IANA\r\n");
  }

  @Test
  void searchShowsTheMatchingEntriesAfterIanasPageInEveryFormat() throws IOException {
    cli.require(cli.run("search", "billing"));
    assertThat(cli.out)
        .contains("tokenlens", "Page 1 of 1 (4 rows)\n\nLocal assignments (portreg local;")
        .endsWith(
            "billing-api  8080   tcp    payments  cluster  2026-12-03           Billing API\n");

    cli.require(cli.run("search", "billing", "--format", "json"));
    JsonNode combined = JSON.readTree(cli.out);
    cli.require(cli.run("search", "billing", "--format", "json", "--registry", registry));
    JsonNode iana = JSON.readTree(cli.out);
    JsonNode withoutLocal = ((ObjectNode) combined.deepCopy()).without("local");
    assertThat(withoutLocal).isEqualTo(iana);
    assertThat(combined.get("local")).hasSize(1);
    assertValidLocalEntry(combined.get("local").get(0));

    cli.require(cli.run("search", "port:8080", "payments", "--format", "csv"));
    String[] lines = cli.out.split("\r\n");
    assertThat(lines[lines.length - 1])
        .isEqualTo(
            "billing-api,8080,tcp,Billing API,payments,payments@example.org,2026-12-03,,,,,,local");

    cli.require(cli.run("search", "quokka-nothing"));
    assertThat(cli.out).isEqualTo("No records match 'quokka-nothing'.\n");
    cli.require(cli.run("search", "cluster-nothing", "--registry", registry));
    assertThat(cli.out).doesNotContain("Local");
  }

  @Test
  void aRegistryFileIsIanasAlone() {
    cli.require(cli.run("lookup", "8080", "--registry", registry));
    assertThat(cli.out).doesNotContain("Local", "billing-api");
    cli.require(cli.run("search", "billing", "--registry", registry));
    assertThat(cli.out).doesNotContain("Local", "billing-api");
  }

  private static void assertValidLocalEntry(JsonNode local) throws IOException {
    assertThat(openApi("LocalEntry").validate(local)).as(local.toString()).isEmpty();
    assertThat(schemaDef("localEntry").validate(local)).as(local.toString()).isEmpty();
  }

  /** A schema of the OpenAPI document the server serves, as a root. */
  private static JsonSchema openApi(String name) throws IOException {
    try (InputStream in =
        LocalMarksCommandTest.class
            .getClassLoader()
            .getResourceAsStream("org/portreg/server/web/openapi.json")) {
      JsonNode openApi = JSON.readTree(in);
      ObjectNode root = JSON.createObjectNode();
      root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
      root.set("components", openApi.get("components"));
      root.put("$ref", "#/components/schemas/" + name);
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
    }
  }

  /** A definition of docs/registry.schema.json as a root. */
  private static JsonSchema schemaDef(String name) throws IOException {
    ObjectNode root =
        (ObjectNode) JSON.readTree(Files.readString(Path.of("../docs/registry.schema.json")));
    root.remove("required");
    root.remove("properties");
    root.put("$ref", "#/$defs/" + name);
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
  }
}
