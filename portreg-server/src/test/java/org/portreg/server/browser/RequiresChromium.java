package org.portreg.server.browser;

import java.nio.file.Files;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a browser test class only where {@link BrowserHarness#CHROMIUM} exists. Without it every
 * test is reported skipped with the reason (a class-level abort in {@code @BeforeAll} would show up
 * in surefire as zero tests and no message), unless {@code PORTREG_REQUIRE_SHARED=1}: then the
 * class fails.
 */
final class RequiresChromium implements ExecutionCondition {
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (Files.isExecutable(BrowserHarness.CHROMIUM)) {
      return ConditionEvaluationResult.enabled("chromium at " + BrowserHarness.CHROMIUM);
    }
    String reason =
        "browser tests need Debian's chromium at "
            + BrowserHarness.CHROMIUM
            + " (apt-get install chromium)";
    if ("1".equals(System.getenv("PORTREG_REQUIRE_SHARED"))) {
      throw new IllegalStateException(reason + "; PORTREG_REQUIRE_SHARED=1 requires it");
    }
    return ConditionEvaluationResult.disabled(reason);
  }
}
