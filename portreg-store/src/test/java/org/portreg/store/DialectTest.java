package org.portreg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The migration numbers {@link Dialect} declares are the migrations that exist. */
class DialectTest {
  @ParameterizedTest
  @EnumSource(Dialect.class)
  void declaresItsHighestMigrationAndHowManyThereAre(Dialect dialect) throws IOException {
    List<Integer> versions = new ArrayList<>();
    Path folder = Path.of("src/main/resources/db/migration", dialect.id());
    try (Stream<Path> files = Files.list(folder)) {
      files.forEach(f -> versions.add(version(f.getFileName().toString())));
    }
    for (JavaMigration migration : dialect.javaMigrations()) {
      versions.add(version(migration.getClass().getSimpleName()));
    }
    assertThat(versions).doesNotHaveDuplicates();
    assertThat(dialect.latestMigration())
        .isEqualTo(versions.stream().mapToInt(v -> v).max().orElse(0));
    assertThat(dialect.migrationCount()).isEqualTo(versions.size());
  }

  private static int version(String name) {
    return Integer.parseInt(name.substring(1, name.indexOf("__")));
  }
}
