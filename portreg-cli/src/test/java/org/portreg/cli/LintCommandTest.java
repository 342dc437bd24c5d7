package org.portreg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.testing.SharedData;

/** {@code portreg lint} on the real registry file and on manifests, through the command line. */
class LintCommandTest {
  static final String BAD_POD =
      "apiVersion: v1\n"
          + "kind: Pod\n"
          + "spec:\n"
          + "  containers:\n"
          + "    - name: web\n"
          + "      ports:\n"
          + "        - name: http_web\n"
          + "          containerPort: 4760\n";

  static String registry;

  @BeforeAll
  static void findRegistry() {
    registry = SharedData.newestXml().toString();
  }

  /** Runs with {@code stdin} as standard input. */
  record Run(int code, String out, String err) {
    static Run of(String stdin, String... args) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code =
          Main.run(
              args,
              new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
              out,
              new PrintStream(err, true, StandardCharsets.UTF_8));
      return new Run(
          code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void lintsTheRealRegistryFileWithPositions() {
    Run run = Run.of("", "lint", registry, "--severity", "error");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out().lines())
        .containsExactly(
            registry
                + ":90481:3: error: [name-syntax] service name 'edi_service' may contain only ASCII"
                + " letters, digits and hyphens, found '_' (RFC 6335 section 5.1); rename it, or"
                + " mark it historic with the note 'This entry is an alias to \"NAME\"'");
  }

  @Test
  void withoutFileLintsTheRegistryOption() {
    Run run = Run.of("", "lint", "--registry", registry, "--rule", "status-word");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out().lines()).hasSize(2).allMatch(l -> l.contains("'remoteware-un' 2999/"));
  }

  @Test
  void exitsZeroWithoutFindingAtTheSeverity() {
    Run run = Run.of("", "lint", registry, "--rule", "partial-date", "--severity", "warning");
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEmpty();
  }

  @Test
  void readsAManifestFromStandardInput() {
    Run run = Run.of(BAD_POD, "lint", "-", "--registry", registry, "--format", "json");
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .contains("\"rule\" : \"port-name\"", "\"file\" : \"-\"", "\"line\" : 7")
        .doesNotContain("port-assigned");
  }

  @Test
  void writesSarif(@TempDir Path dir) throws IOException {
    Path pod = dir.resolve("pod.yaml");
    Files.writeString(pod, BAD_POD.replace("http_web", "http").replace("4760", "8080"));
    Run run = Run.of("", "lint", pod.toString(), "--registry", registry, "--format", "sarif");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("\"version\" : \"2.1.0\"", "\"ruleId\" : \"port-assigned\"");
  }

  @Test
  void nodePortRangeIsAnOption() {
    String service = "kind: Service\nspec:\n  ports:\n    - port: 4760\n      nodePort: 31000\n";
    assertThat(Run.of(service, "lint", "-", "--registry", registry).code()).isZero();
    Run narrow =
        Run.of(service, "lint", "-", "--registry", registry, "--node-port-range", "32000-32100");
    assertThat(narrow.code()).isEqualTo(1);
    assertThat(narrow.out()).startsWith("-:5:17: error: [node-port-range] nodePort 31000");
  }

  @Test
  void malformedYamlExits65WithItsPosition() {
    // With --registry: without it, the manifest's registry is the user's default database.
    Run run = Run.of("kind: Pod\nspec: [oops\n  x: {\n", "lint", "-", "--registry", registry);
    assertThat(run.code()).isEqualTo(65);
    assertThat(run.err())
        .contains(
            "-:3:4: malformed YAML: while parsing a flow sequence; expected ',' or ']', but got :");
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(Run.of("", "lint", registry, "--format", "xml").code()).isEqualTo(2);
    assertThat(Run.of("", "lint", registry, "--rule", "nope").code()).isEqualTo(2);
    assertThat(Run.of("", "lint", registry, "--severity", "fatal").code()).isEqualTo(2);
    assertThat(Run.of("", "lint", "-", "--node-port-range", "9-x").code()).isEqualTo(2);
  }
}
