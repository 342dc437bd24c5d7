package org.portreg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.portreg.cli.registry.ConvertFastPath;
import org.portreg.cli.registry.LookupFastPath;
import org.portreg.testing.SharedData;

/**
 * {@code portreg convert IN --to FORMAT} without picocli writes exactly the bytes the command
 * writes through picocli, on the real registry file, and leaves everything else to the command.
 */
class ConvertFastPathTest {
  static String registry;

  @BeforeAll
  static void findRegistry() {
    registry = SharedData.newestXml().toString();
  }

  record Answer(int code, byte[] out) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Answer a && a.code == code && Arrays.equals(a.out, out);
    }

    @Override
    public int hashCode() {
      return code * 31 + Arrays.hashCode(out);
    }

    @Override
    public String toString() {
      return code + ": " + out.length + " bytes";
    }
  }

  private static Answer fast(String... args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = ConvertFastPath.tryRun(args, out);
    return new Answer(code, out.toByteArray());
  }

  private static Answer full(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, out, new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Answer(code, out.toByteArray());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"csv", "json", "services", "xml", "txt", "--to=CSV", "services --expand-ranges"})
  void writesTheBytesTheCommandWrites(String to) throws IOException {
    String[] args =
        ("convert " + registry + (to.startsWith("--") ? " " : " --to ") + to).split(" ");
    Answer fast = fast(args);
    assertThat(fast.code()).isZero();
    assertThat(fast.out()).isNotEmpty();
    assertThat(fast).isEqualTo(full(args));
  }

  @Test
  void writesTheOutFileTheCommandWrites(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    assertThat(fast("convert", registry, "--to", "csv", "--out", a.toString()).code()).isZero();
    assertThat(full("convert", registry, "--out=" + b, "--to", "csv").code()).isZero();
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b)).isNotEmpty();
  }

  @Test
  void leavesEverythingElseToTheCommand() throws IOException {
    int no = LookupFastPath.NOT_HANDLED;
    assertThat(fast("convert", registry).code()).isEqualTo(no);
    assertThat(fast("convert", registry, "--to", "yaml").code()).isEqualTo(no);
    assertThat(fast("convert", registry, "--to", "excerpt").code()).isEqualTo(no);
    assertThat(fast("convert", registry, "--to", "txt", "--width", "120").code()).isEqualTo(no);
    assertThat(fast("convert", registry, "--to", "csv", "--with-local").code()).isEqualTo(no);
    assertThat(fast("convert", registry, "--to", "csv", "--from", "nope").code()).isEqualTo(no);
    assertThat(fast("convert", registry, registry, "--to", "csv").code()).isEqualTo(no);
    assertThat(fast("convert", "--help", "--to", "csv").code()).isEqualTo(no);
    assertThat(fast("lint", registry, "--to", "csv").code()).isEqualTo(no);
  }
}
