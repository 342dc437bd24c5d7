package org.portreg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.portreg.cli.common.RejectedInputException;
import org.portreg.cli.common.UsageException;
import org.portreg.error.ConflictException;
import org.portreg.error.InvalidInputException;
import org.portreg.error.NotFoundException;
import org.portreg.error.PermissionDeniedException;
import org.portreg.error.Problem;
import org.portreg.error.RegistryException;
import org.portreg.error.RegistryFormatException;
import org.portreg.error.StateChangeRefusedException;
import org.portreg.error.StoreException;

/** One case per exception type: the exit code and the exact message on stderr. */
class FailuresTest {
  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of(
            new RegistryFormatException(new Problem("r.xml", 3, 7, "bad port 70000")),
            65,
            "r.xml:3:7: bad port 70000\n"),
        Arguments.of(
            new RejectedInputException("req.json", new ConflictException("name 'x' is held")),
            65,
            "req.json: name 'x' is held\n"),
        Arguments.of(
            new UncheckedIOException("gone", new NoSuchFileException("/tmp/none.xml")),
            74,
            "/tmp/none.xml: no such file\n"),
        Arguments.of(new IOException("disk full"), 74, "portreg: disk full\n"),
        Arguments.of(
            new InvalidInputException("bad date '2026-13-01'"),
            2,
            "portreg: bad date '2026-13-01'\n"),
        Arguments.of(new UsageException("--width applies to --to txt only"), 2, null),
        Arguments.of(new PermissionDeniedException("needs an admin"), 2, null),
        Arguments.of(
            new StateChangeRefusedException("ASSIGN is not allowed in state CHECKED"),
            3,
            "portreg: ASSIGN is not allowed in state CHECKED\n"),
        Arguments.of(new NotFoundException("no request #9"), 1, "portreg: no request #9\n"),
        Arguments.of(new ConflictException("taken"), 1, "portreg: taken\n"),
        Arguments.of(new StoreException("locked"), 1, null),
        Arguments.of(new RegistryException("other"), 1, "portreg: other\n"),
        Arguments.of(
            new IllegalArgumentException("index 3 of 2"),
            1,
            "portreg: internal error: java.lang.IllegalArgumentException\n"),
        Arguments.of(
            new IllegalStateException("not a portreg index"),
            1,
            "portreg: internal error: java.lang.IllegalStateException\n"),
        Arguments.of(
            new NullPointerException("x"),
            1,
            "portreg: internal error: java.lang.NullPointerException\n"));
  }

  @ParameterizedTest
  @MethodSource("failures")
  void mapsEachExceptionToItsExitCodeAndMessage(Exception e, int code, String message) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Failures failures = new Failures(new PrintStream(err, true, StandardCharsets.UTF_8), false);
    assertThat(failures.report(e)).isEqualTo(code);
    String printed = err.toString(StandardCharsets.UTF_8);
    assertThat(printed).isEqualTo(message != null ? message : "portreg: " + e.getMessage() + "\n");
  }

  @Test
  void everyExceptionTypeOfTheTableHasACase() {
    List<Class<?>> covered = failures().<Class<?>>map(a -> a.get()[0].getClass()).toList();
    assertThat(covered).containsAll(Failures.TABLE.keySet());
  }

  @Test
  void aBugShowsItsStackTraceOnlyWhenDebugging() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Failures failures = new Failures(new PrintStream(err, true, StandardCharsets.UTF_8), true);
    assertThat(failures.report(new IllegalStateException("broken invariant"))).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("portreg: internal error: java.lang.IllegalStateException\n")
        .contains("broken invariant", "at org.portreg.cli.FailuresTest");
  }

  @Test
  void theMostSpecificEntryWinsWhateverTheOrder() {
    assertThat(Failures.mappingOf(StateChangeRefusedException.class).code()).isEqualTo(3);
    assertThat(Failures.mappingOf(NoSuchFileException.class).code()).isEqualTo(74);
    assertThat(Failures.mappingOf(NotFoundException.class).code()).isEqualTo(1);
  }
}
