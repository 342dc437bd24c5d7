package org.portreg.cli.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.cli.Main;
import org.portreg.testing.ChildJvm;

/**
 * The SQLite driver loads its library from the cache folder, written there once, instead of
 * extracting it into the temporary folder on every start (issue 12). In child JVMs: the driver
 * loads its library once per JVM, and this one's is already loaded.
 */
@EnabledOnOs(OS.LINUX)
@EnabledIfSystemProperty(named = "os.arch", matches = "amd64|x86_64")
class SqliteNativeTest {
  @TempDir Path dir;

  @Test
  void theDriverLoadsTheCachedCopyAndExtractsNothing() throws Exception {
    Path cache = dir.resolve("cache");
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    String db = "jdbc:sqlite:" + dir.resolve("a.db");
    for (int run = 0; run < 2; run++) {
      ChildJvm.Result child =
          ChildJvm.run(
              dir.resolve("out" + run),
              List.of("-Dportreg.cache=" + cache, "-Djava.io.tmpdir=" + tmp),
              Main.class,
              "db",
              "versions",
              "--db",
              db);
      assertThat(child.exit()).as(child.output()).isZero();
    }
    List<Path> copies;
    try (Stream<Path> files = Files.walk(cache.resolve("sqlite-native"))) {
      copies = files.filter(f -> f.getFileName().toString().equals("libsqlitejdbc.so")).toList();
    }
    assertThat(copies).hasSize(1);
    try (InputStream original =
        Main.class
            .getClassLoader()
            .getResourceAsStream("org/sqlite/native/Linux/x86_64/libsqlitejdbc.so")) {
      assertThat(Files.readAllBytes(copies.get(0))).isEqualTo(original.readAllBytes());
    }
    try (Stream<Path> extracted = Files.list(tmp)) {
      assertThat(extracted.filter(f -> f.getFileName().toString().contains("sqlite"))).isEmpty();
    }
  }
}
