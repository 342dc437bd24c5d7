package org.portreg.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.error.RegistryFormatException;
import org.portreg.io.Registries;
import org.portreg.testing.ChildJvm;

/** Input larger than the limit is refused while reading, in bounded memory (issue 14). */
class BoundedInputTest {
  @TempDir static Path dir;
  private static Path bomb;

  /** 2 GiB of zeros, gzipped at test time (about 2 MB on disk); never kept in the repository. */
  @BeforeAll
  static void makeBomb() throws IOException {
    bomb = dir.resolve("bomb.xml.gz");
    byte[] zeros = new byte[1 << 20];
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb), 1 << 16)) {
      for (int i = 0; i < 2048; i++) {
        out.write(zeros);
      }
    }
  }

  @Test
  void refusesAGzipBombQuicklyNamingTheLimit() {
    assertThat(bomb).isRegularFile();
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () ->
            assertThatThrownBy(() -> Registries.read(bomb))
                .isInstanceOf(RegistryFormatException.class)
                .hasMessage(
                    bomb
                        + ": decompressed input is larger than the limit of 64 MiB (67108864"
                        + " bytes) (refused while reading, so no line or column)"));
  }

  @Test
  void refusesABombInBoundedMemoryInAChildJvm() throws Exception {
    ChildJvm.Result child =
        ChildJvm.run(
            dir.resolve("child.log"), List.of("-Xmx256m"), ReadOneFile.class, bomb.toString());
    assertThat(child.output())
        .contains("larger than the limit of 64 MiB")
        .doesNotContain("OutOfMemoryError");
    assertThat(child.exit()).as(child.output()).isEqualTo(65);
  }

  @Test
  void refusesPlainInputPastASmallerLimit() {
    byte[] text = "<registry>".concat(" ".repeat(100)).getBytes(StandardCharsets.UTF_8);
    ReadOptions small = ReadOptions.STRICT.withMaxInputBytes(64);
    assertThatThrownBy(() -> Registries.read(text, "big.xml", Optional.empty(), small))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessage(
            "big.xml: input is larger than the limit of 64 bytes"
                + " (refused while reading, so no line or column)");
  }

  @Test
  void refusesAFileLargerThanTheLimitBeforeReadingIt() throws IOException {
    Path file = dir.resolve("big.csv");
    Files.write(file, new byte[2 << 20]);
    ReadOptions small = ReadOptions.STRICT.withMaxInputBytes(1 << 20);
    assertThatThrownBy(() -> Registries.read(file, Optional.empty(), small))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessage(
            file
                + ": file is larger than the limit of 1 MiB (1048576 bytes)"
                + " (refused while reading, so no line or column)");
  }

  @Test
  void saysPlainlyThatBrokenGzipHasNoPosition() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gz)) {
      out.write("<registry>hello</registry>".repeat(100).getBytes(StandardCharsets.UTF_8));
    }
    byte[] truncated = java.util.Arrays.copyOf(gz.toByteArray(), gz.size() / 2);
    assertThatThrownBy(() -> SourceText.gunzipIfNeeded(truncated, "cut.xml.gz"))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessageStartingWith("cut.xml.gz: broken or truncated gzip data after ")
        .hasMessageContaining("(no line or column: the fault is in the compressed bytes)")
        .hasMessageNotContaining(":0:0");
  }

  /** The child JVM: reads one file and exits 65 for bad input, like the CLI. */
  static final class ReadOneFile {
    private ReadOneFile() {}

    public static void main(String[] args) {
      try {
        Registries.read(Path.of(args[0]));
        System.exit(0);
      } catch (RegistryFormatException e) {
        System.out.println(e.getMessage());
        System.exit(65);
      }
    }
  }
}
