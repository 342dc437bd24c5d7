package org.portreg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.cli.registry.LookupFastPath;
import org.portreg.testing.SharedData;

/** The picocli-free path {@code Main.main} takes for plain lookups gives the same answers. */
class LookupFastPathTest {
  @TempDir Path cache;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();
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

  private int fast(String... args) {
    return Entry.fastPaths(args, out, new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void answersLikeTheFullCommandLine() {
    assertThat(fast("lookup", "443/tcp", "--registry", registry)).isZero();
    CliRun full = CliRun.of("lookup", "443/tcp", "--registry", registry);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(full.out()).contains("https");
  }

  @Test
  void acceptsOptionsWithEqualsSigns() {
    assertThat(fast("lookup", "--format=csv", "--registry=" + registry, "https")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Service Name,Port Number");
  }

  @Test
  void mapsErrorsToExitCodesLikeMain() {
    assertThat(fast("lookup", "nosuch-name", "--registry", registry)).isEqualTo(1);
    assertThat(fast("lookup", "443", "--registry", registry, "--format", "yaml")).isEqualTo(2);
    assertThat(fast("lookup", "443", "--registry", cache.resolve("missing.xml").toString()))
        .isEqualTo(74);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.xml: no such file");
  }

  @Test
  void leavesEverythingElseToPicocli() {
    assertThat(fast("lookup", "--help")).isEqualTo(LookupFastPath.NOT_HANDLED);
    assertThat(fast("lookup", "443", "--verbose")).isEqualTo(LookupFastPath.NOT_HANDLED);
    assertThat(fast("lookup", "443", "80")).isEqualTo(LookupFastPath.NOT_HANDLED);
    assertThat(fast("search", "443")).isEqualTo(LookupFastPath.NOT_HANDLED);
    assertThat(fast("lookup")).isEqualTo(LookupFastPath.NOT_HANDLED);
    assertThat(out.size()).isZero();
  }
}
