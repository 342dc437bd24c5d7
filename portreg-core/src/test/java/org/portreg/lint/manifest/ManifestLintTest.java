package org.portreg.lint.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portreg.error.RegistryFormatException;
import org.portreg.index.RegistryIndex;
import org.portreg.io.Registries;
import org.portreg.lint.Finding;
import org.portreg.lint.LintOutput;
import org.portreg.model.PortRange;
import org.portreg.testing.SharedData;

/** The manifest corpus under src/test/resources/lint/manifests with its exact findings. */
class ManifestLintTest {
  static ManifestLint lint;

  @BeforeAll
  static void readRegistry() {
    lint =
        new ManifestLint(
            ManifestOptions.of(RegistryIndex.of(Registries.read(SharedData.newestXml()))));
  }

  static byte[] corpus(String name) {
    try (InputStream in = ManifestLintTest.class.getResourceAsStream("/lint/manifests/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> lines(String name) {
    return lint.check(corpus(name), name).stream().map(LintOutput::line).toList();
  }

  @Test
  void goodManifestsGiveNoFinding() {
    assertThat(lines("good.yaml")).isEmpty();
    assertThat(lines("compose-good.yaml")).isEmpty();
  }

  @Test
  void kubernetesCorpusGivesEveryFindingAtItsPosition() {
    String at = "bad-kubernetes.yaml:";
    String syntax = " (RFC 6335 section 5.1); Kubernetes requires that syntax";
    String dynamic =
        " is inside the Dynamic range 49152-65535, where the system picks ephemeral ports and may"
            + " take it first; choose a port below 49152";
    String assigned = "'; choose a port not assigned to another service, or name the port after it";
    assertThat(lines("bad-kubernetes.yaml"))
        .containsExactly(
            at
                + "9:17: error: [port-name] port name: service name 'http_admin' may contain only"
                + " ASCII letters, digits and hyphens, found '_'"
                + syntax
                + ", such as 'http-admin'",
            at
                + "11:17: error: [port-name] port name: service name 'metrics-port-long' must be 1"
                + " to 15 characters long, was 17"
                + syntax
                + ", such as 'metrics-port-lo'",
            at
                + "13:17: error: [port-name] port name: service name '9000' must contain at least"
                + " one letter"
                + syntax,
            at + "17:21: warning: [port-dynamic] hostPort 50000" + dynamic,
            at
                + "31:25: error: [port-name] port name: service name '-probe' must not begin or end"
                + " with a hyphen"
                + syntax
                + ", such as 'probe'",
            at
                + "32:34: error: [port-value] containerPort '70000' is not a port number in"
                + " 1..65535; fix it",
            at
                + "37:34: warning: [port-assigned] containerPort 5432/tcp carries 'postgres' but IANA"
                + " assigns it to 'postgresql"
                + assigned,
            at
                + "47:13: warning: [port-assigned] port 80/tcp carries 'HTTP2' but IANA assigns it"
                + " to 'http', 'www', 'www-http"
                + assigned,
            at
                + "48:19: error: [port-name] port name: service name 'http--admin' must not contain"
                + " two hyphens together"
                + syntax
                + ", such as 'http-admin'",
            at
                + "49:17: error: [node-port-range] nodePort 8080 is outside the NodePort range"
                + " 30000-32767; choose one inside it, or leave nodePort out and let the cluster"
                + " choose",
            at
                + "50:20: error: [app-protocol] appProtocol 'HTTP2' is neither an IANA service name"
                + " nor domain-prefixed (example.com/proto); did you mean 'http'?",
            at
                + "55:13: warning: [port-assigned] port 25/tcp carries 'smtps' but IANA assigns it"
                + " to 'smtp"
                + assigned,
            at
                + "56:20: error: [app-protocol] appProtocol 'smtps' is neither an IANA service name"
                + " nor domain-prefixed (example.com/proto); did you mean 'smtp'?",
            at + "60:19: warning: [port-dynamic] targetPort 60000" + dynamic,
            at
                + "73:30: error: [port-value] containerPort 'abc' is not a port number in"
                + " 1..65535; fix it");
  }

  @Test
  void composeCorpusReadsShortAndLongSyntaxAndExpose() {
    String at = "compose-bad.yaml:";
    String dynamic =
        " is inside the Dynamic range 49152-65535, where the system picks ephemeral ports and may"
            + " take it first; choose a port below 49152";
    assertThat(lines("compose-bad.yaml"))
        .containsExactly(
            at + "5:9: warning: [port-dynamic] published 50000" + dynamic,
            at + "7:9: error: [port-value] port '65536' is not a port number in 1..65535; fix it",
            at
                + "8:17: warning: [port-assigned] target 5432/tcp carries 'postgress' but IANA"
                + " assigns it to 'postgresql'; choose a port not assigned to another service, or"
                + " name the port after it",
            at + "9:20: warning: [port-dynamic] published 55432" + dynamic,
            at
                + "12:23: error: [app-protocol] appProtocol 'postgress' is neither an IANA service"
                + " name nor domain-prefixed (example.com/proto); did you mean 'postgresql'?",
            at + "15:9: warning: [port-dynamic] expose 49200" + dynamic);
  }

  @Test
  void historicAppProtocolSuggestsItsReplacement() {
    byte[] yaml =
        ("kind: Service\nspec:\n  ports:\n    - port: 4760\n      appProtocol: whois++\n")
            .getBytes(StandardCharsets.UTF_8);
    assertThat(lint.check(yaml, "-"))
        .extracting(Finding::message)
        .containsExactly(
            "appProtocol 'whois++' is neither an IANA service name nor domain-prefixed"
                + " (example.com/proto); 'whois++' is a historic alias of 'whoispp':"
                + " use that");
  }

  @Test
  void withoutRegistryOnlyTheSyntaxAndRangeRulesApply() {
    ManifestLint bare =
        new ManifestLint(new ManifestOptions(Optional.empty(), PortRange.of(8000, 9000)));
    assertThat(bare.check(corpus("bad-kubernetes.yaml"), "k.yaml"))
        .extracting(f -> f.rule().id())
        .doesNotContain("app-protocol", "port-assigned", "node-port-range")
        .contains("port-name", "port-dynamic", "port-value");
  }

  @Test
  void malformedYamlFailsWithItsPosition() {
    assertThatThrownBy(() -> lint.check(corpus("malformed.yaml"), "malformed.yaml"))
        .isInstanceOfSatisfying(
            RegistryFormatException.class,
            e -> {
              assertThat(e.problem().source()).isEqualTo("malformed.yaml");
              assertThat(e.problem().line()).isEqualTo(5);
              assertThat(e.problem().message()).startsWith("malformed YAML: ");
            });
  }

  @Test
  void aliasesAreNotExpanded() {
    StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char p = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p);
      bomb.append(", *").append(p).append(", *").append(p).append("]\n");
    }
    bomb.append("kind: Pod\n");
    assertThat(lint.check(bomb.toString().getBytes(StandardCharsets.UTF_8), "bomb.yaml")).isEmpty();
  }

  @Test
  void nestingDeeperThanTheLimitIsRefused() {
    String deep =
        "[".repeat(ManifestReader.MAX_DEPTH + 10) + "]".repeat(ManifestReader.MAX_DEPTH + 10);
    assertThatThrownBy(() -> lint.check(deep.getBytes(StandardCharsets.UTF_8), "deep.yaml"))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessageContaining("deep.yaml");
  }

  @Test
  void recognisesYamlByExtensionOrContent() {
    assertThat(ManifestLint.looksLikeYaml("x.YML", new byte[0])).isTrue();
    assertThat(ManifestLint.looksLikeYaml("-", "---\nkind: Pod\n".getBytes(StandardCharsets.UTF_8)))
        .isTrue();
    assertThat(
            ManifestLint.looksLikeYaml(
                "r.xml", "<?xml version='1.0'?>".getBytes(StandardCharsets.UTF_8)))
        .isFalse();
  }
}
