package org.portreg.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.portreg.error.InvalidInputException;

/**
 * The JSON bodies of the API's actions, users and tokens ({@link JsonInput}): any bytes are read or
 * refused with {@link InvalidInputException} (400, naming the member), never anything else, and a
 * refusal never shows the parser's internals (issue 14). In a normal test run the target replays
 * its corpus in {@code JsonBodiesFuzzTestInputs/jsonBody/}; with {@code JAZZER_FUZZ=1} and {@code
 * -Dtest=JsonBodiesFuzzTest} it fuzzes.
 */
class JsonBodiesFuzzTest {
  /** Every member name a route reads, with the getter it reads it with. */
  private static final List<String> TEXTS =
      List.of(
          "consentOf",
          "description",
          "label",
          "notify",
          "override",
          "password",
          "transport",
          "action",
          "text",
          "until",
          "displayName",
          "email",
          "reason",
          "username");

  @FuzzTest(maxDuration = "30s")
  void jsonBody(byte[] input) {
    JsonInput body;
    try {
      body = JsonInput.parse(input);
    } catch (InvalidInputException refused) {
      assertClean(refused);
      return;
    }
    for (String name : TEXTS) {
      readsOrRefuses(() -> body.text(name));
      readsOrRefuses(() -> body.textOrEmpty(name));
    }
    readsOrRefuses(() -> body.bool("active"));
    readsOrRefuses(() -> body.integer("days"));
    readsOrRefuses(() -> body.roles("roles"));
    readsOrRefuses(() -> body.transports("expertFor"));
    readsOrRefuses(() -> body.has("references"));
  }

  private static void readsOrRefuses(Runnable read) {
    try {
      read.run();
    } catch (InvalidInputException refused) {
      assertClean(refused);
    }
  }

  private static void assertClean(InvalidInputException refused) {
    assertThat(refused.getMessage())
        .isNotBlank()
        .doesNotContain("com.fasterxml", "StreamReadConstraints", "Exception");
  }
}
