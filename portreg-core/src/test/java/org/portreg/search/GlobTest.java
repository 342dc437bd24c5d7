package org.portreg.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.portreg.error.InvalidInputException;

class GlobTest {
  @Test
  void matchesLikeTheRegistrySearchDoes() {
    assertThat(Glob.of("http*").matches("https")).isTrue();
    assertThat(Glob.of("http*").matches("HTTP-alt")).isTrue();
    assertThat(Glob.of("*sql*").matches("mysql-cluster")).isTrue();
    assertThat(Glob.of("h*p").matches("https")).isFalse();
    assertThat(Glob.of("ssh").matches("ssh")).isTrue();
    assertThat(Glob.of("ssh").matches("sshell")).isFalse();
    assertThat(Glob.of("*").matches("")).isTrue();
    assertThat(Glob.of("a.b").matches("axb")).isFalse();
  }

  @Test
  void takesStepsLinearInTheStarsNotExponential() {
    String text = "a".repeat(15);
    long fewer = Glob.of("*a".repeat(8) + "z").run(text).steps();
    long more = Glob.of("*a".repeat(16) + "z").run(text).steps();
    // Each extra star adds at most one walk over the text: no doubling per star.
    assertThat(more).isLessThanOrEqualTo(2 * fewer + text.length());
    assertThat(more).isLessThanOrEqualTo((text.length() + 1L) * (16 * 2 + 2));
  }

  @Test
  void tenThousandStarsAnswerAtOnce() {
    String query = "name:" + "*".repeat(10_000) + "z";
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          assertThatThrownBy(() -> SearchQuery.parse(query))
              .isInstanceOf(InvalidInputException.class)
              .hasMessageContaining("at most 256 characters");
          Glob glob = Glob.of("*".repeat(10_000) + "z");
          assertThat(glob.matches("a".repeat(10_000))).isFalse();
        });
  }

  @Property(tries = 2000)
  void agreesWithAReferenceMatcher(
      @ForAll @StringLength(max = 8) @CharRange(from = 'a', to = 'c') String text,
      @ForAll @StringLength(max = 6) @CharRange(from = '*', to = '*') String stars,
      @ForAll @StringLength(max = 6) @CharRange(from = 'a', to = 'c') String letters) {
    String pattern = interleave(letters, stars);
    assertThat(Glob.of(pattern).matches(text)).isEqualTo(reference(pattern, text));
    assertThat(Glob.of(pattern.toUpperCase(Locale.ROOT)).matches(text))
        .isEqualTo(reference(pattern, text));
  }

  private static String interleave(String letters, String stars) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.max(letters.length(), stars.length()); i++) {
      out.append(i < stars.length() && i % 2 == 0 ? "*" : "");
      out.append(i < letters.length() ? letters.charAt(i) : "");
      out.append(i < stars.length() && i % 2 == 1 ? "*" : "");
    }
    return out.toString();
  }

  /** Plain recursion over both strings: exponential, but obviously right on short inputs. */
  private static boolean reference(String pattern, String text) {
    if (pattern.isEmpty()) {
      return text.isEmpty();
    }
    if (pattern.charAt(0) == '*') {
      return reference(pattern.substring(1), text)
          || (!text.isEmpty() && reference(pattern, text.substring(1)));
    }
    return !text.isEmpty()
        && pattern.charAt(0) == text.charAt(0)
        && reference(pattern.substring(1), text.substring(1));
  }
}
