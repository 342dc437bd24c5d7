package org.portreg.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.portreg.error.ConflictException;
import org.portreg.error.InvalidInputException;
import org.portreg.error.NotFoundException;
import org.portreg.error.PermissionDeniedException;
import org.portreg.error.Problem;
import org.portreg.error.RegistryFormatException;
import org.portreg.error.StateChangeRefusedException;
import org.portreg.server.spi.FeatureUnavailableException;
import org.portreg.workflow.InvalidRequestException;
import org.portreg.workflow.Violation;

/** The one mapping from exception to problem: one row per exception type. */
class ProblemDetailsTest {
  static Stream<Arguments> exceptions() {
    return Stream.of(
        Arguments.of(new NotFoundException("m"), 404, "not-found"),
        Arguments.of(new InvalidInputException("m"), 400, "bad-request"),
        // A bare IllegalArgumentException is a bug, not the client's fault (issue 11).
        Arguments.of(new IllegalArgumentException("internal"), 500, "internal-error"),
        Arguments.of(new NumberFormatException("internal"), 500, "internal-error"),
        Arguments.of(
            new RegistryFormatException(new Problem("in", 1, 1, "m")),
            422,
            "invalid-registry-data"),
        Arguments.of(new UnauthenticatedException("m"), 401, "unauthorized"),
        Arguments.of(new PermissionDeniedException("m"), 403, "forbidden"),
        Arguments.of(
            new InvalidRequestException("svc", List.of(new Violation("name", "r", "m"))),
            422,
            "invalid-request"),
        Arguments.of(new RateLimitedException("m", 1), 429, "too-many-requests"),
        Arguments.of(new ConflictException("m"), 409, "conflict"),
        Arguments.of(new StateChangeRefusedException("m"), 409, "refused-state-change"),
        Arguments.of(new FeatureUnavailableException("m"), 501, "not-implemented"),
        Arguments.of(new IllegalStateException("internal"), 500, "internal-error"),
        Arguments.of(new RuntimeException("internal"), 500, "internal-error"));
  }

  @ParameterizedTest
  @MethodSource("exceptions")
  void mapsEachExceptionTypeToItsStatusAndProblemType(Exception e, int status, String slug) {
    ProblemDetails problem = ProblemDetails.of(e);

    assertThat(problem.status()).isEqualTo(status);
    assertThat(problem.type()).isEqualTo(ProblemDetails.TYPE_PREFIX + slug);
    if (status == 500) {
      assertThat(problem.detail()).doesNotContain("internal");
    }
  }
}
