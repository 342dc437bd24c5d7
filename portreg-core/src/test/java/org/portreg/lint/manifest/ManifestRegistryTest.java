package org.portreg.lint.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portreg.index.CompactIndex;
import org.portreg.index.RegistryIndex;
import org.portreg.io.Registries;
import org.portreg.lint.LintOutput;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.testing.SharedData;

/**
 * On the newest real registry, the compact index (what the CLI maps from its caches) answers every
 * question of manifest lint as the full index does, and the corpus gives the same findings on both.
 */
class ManifestRegistryTest {
  static RegistryIndex full;
  static ManifestRegistry fromIndex;
  static ManifestRegistry fromCompact;

  @BeforeAll
  static void read() {
    full = RegistryIndex.of(Registries.read(SharedData.newestXml()));
    fromIndex = ManifestRegistry.of(full);
    fromCompact = ManifestRegistry.of(new CompactIndex(ByteBuffer.wrap(CompactIndex.write(full))));
  }

  @Test
  void everyNameResolvesAlikeAsWrittenUpperCasedAndMisspelt() {
    List<String> queries = new ArrayList<>();
    for (ServiceRecord r : full.registry().records()) {
      r.serviceName()
          .ifPresent(
              n -> {
                queries.add(n);
                queries.add(n.toUpperCase(Locale.ROOT));
                queries.add(n + "x");
              });
    }
    assertThat(queries).hasSizeGreaterThan(30_000);
    long historic = 0;
    for (String query : queries) {
      assertThat(fromCompact.resolve(query)).as(query).isEqualTo(fromIndex.resolve(query));
      historic +=
          fromIndex.resolve(query).filter(ManifestRegistry.Resolved::fromHistoric).isPresent()
              ? 1
              : 0;
    }
    assertThat(historic).as("historic aliases among the queries").isPositive();
  }

  @Test
  void everyPortHasTheSameAssignedNamesOnEveryTransport() {
    int withHolders = 0;
    for (Transport t : Transport.values()) {
      for (int port = 0; port <= 65535; port++) {
        List<String> expected = fromIndex.assignedNames(port, t);
        assertThat(fromCompact.assignedNames(port, t)).as("%d/%s", port, t).isEqualTo(expected);
        withHolders += expected.isEmpty() ? 0 : 1;
      }
    }
    assertThat(withHolders).isGreaterThan(10_000);
  }

  @Test
  void theValidNamesAndTheCorpusFindingsAreTheSame() {
    assertThat(fromCompact.validNames())
        .isEqualTo(fromIndex.validNames())
        .hasSizeGreaterThan(5_000);
    ManifestLint onIndex =
        new ManifestLint(
            new ManifestOptions(
                java.util.Optional.of(fromIndex), ManifestOptions.DEFAULT_NODE_PORTS));
    ManifestLint onCompact =
        new ManifestLint(
            new ManifestOptions(
                java.util.Optional.of(fromCompact), ManifestOptions.DEFAULT_NODE_PORTS));
    for (String name : List.of("bad-kubernetes.yaml", "compose-bad.yaml", "good.yaml")) {
      byte[] yaml = ManifestLintTest.corpus(name);
      assertThat(onCompact.check(yaml, name).stream().map(LintOutput::line))
          .as(name)
          .containsExactlyElementsOf(
              onIndex.check(yaml, name).stream().map(LintOutput::line).toList());
    }
  }
}
