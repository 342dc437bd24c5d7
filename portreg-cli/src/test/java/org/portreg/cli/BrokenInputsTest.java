package org.portreg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken inputs in {@code src/test/resources/broken-inputs/} (small synthetic files,
 * one fault each, listed with the expected position and message in {@code EXPECTED.tsv}): every
 * reader reports {@code file:line:column: message} and {@code convert} exits 65 writing nothing.
 */
class BrokenInputsTest {
  static Path corpus() throws URISyntaxException {
    return Path.of(BrokenInputsTest.class.getResource("/broken-inputs/EXPECTED.tsv").toURI())
        .getParent();
  }

  static Stream<Arguments> cases() throws IOException, URISyntaxException {
    return Files.readAllLines(corpus().resolve("EXPECTED.tsv")).stream()
        .filter(line -> !line.startsWith("#") && !line.isBlank())
        .map(line -> line.split("\t"))
        .map(f -> Arguments.of(f[0], f[1], f[2]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void convertExits65NamingFileLineAndColumn(String file, String position, String message)
      throws URISyntaxException {
    Path input = corpus().resolve(file);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new String[] {"convert", input.toString(), "--to", "json"},
            out,
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(65);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith(input + ":" + position + ": ")
        .contains(message);
    assertThat(out.size()).isZero();
  }

  @Test
  void theCorpusCoversEveryFileInTheFolder() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(corpus())) {
      assertThat(files.filter(p -> !p.getFileName().toString().equals("EXPECTED.tsv")))
          .hasSize((int) cases().count());
    }
  }
}
