package org.portreg.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ServiceNamesTest {
  @Test
  void acceptsWellFormedNames() {
    assertThat(ServiceNames.isValid("http")).isTrue();
    assertThat(ServiceNames.isValid("x11")).isTrue();
    assertThat(ServiceNames.isValid("sql-net")).isTrue();
    assertThat(ServiceNames.isValid("a")).isTrue();
    assertThat(ServiceNames.isValid("abcdefghijklmno")).isTrue();
  }

  @Test
  void rejectsEmptyName() {
    assertThat(ServiceNames.violation(""))
        .hasValueSatisfying(m -> assertThat(m).contains("1 to 15"));
  }

  @Test
  void rejectsNamesLongerThan15Characters() {
    assertThat(ServiceNames.violation("abcdefghijklmnop"))
        .hasValueSatisfying(m -> assertThat(m).contains("1 to 15").contains("was 16"));
  }

  @Test
  void rejectsCharactersOtherThanLettersDigitsAndHyphens() {
    assertThat(ServiceNames.violation("whois++"))
        .hasValueSatisfying(m -> assertThat(m).contains("'+'"));
    assertThat(ServiceNames.isValid("sql*net")).isFalse();
    assertThat(ServiceNames.isValid("z39.50")).isFalse();
    assertThat(ServiceNames.isValid("cl/1")).isFalse();
    assertThat(ServiceNames.isValid("LiebDevMgmt_A")).isFalse();
    assertThat(ServiceNames.isValid("ftp data")).isFalse();
    assertThat(ServiceNames.isValid("caf\u00e9")).isFalse();
  }

  @Test
  void requiresAtLeastOneLetter() {
    assertThat(ServiceNames.violation("911"))
        .hasValueSatisfying(m -> assertThat(m).contains("one letter"));
    assertThat(ServiceNames.isValid("1-2")).isFalse();
  }

  @Test
  void rejectsHyphenAtEitherEnd() {
    assertThat(ServiceNames.violation("-http"))
        .hasValueSatisfying(m -> assertThat(m).contains("hyphen"));
    assertThat(ServiceNames.isValid("http-")).isFalse();
  }

  @Test
  void rejectsTwoHyphensTogether() {
    assertThat(ServiceNames.violation("a--b"))
        .hasValueSatisfying(m -> assertThat(m).contains("two hyphens"));
  }

  @Test
  void comparesCaseInsensitivelyAndKeepsSpelling() {
    assertThat(ServiceNames.same("BESApi", "besapi")).isTrue();
    assertThat(ServiceNames.same("http", "https")).isFalse();
    assertThat(ServiceNames.key("BESApi")).isEqualTo("besapi");
  }

  @Test
  void comparesIndependentlyOfTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(ServiceNames.same("IMAPS", "imaps")).isTrue();
      assertThat(ServiceNames.key("FILE")).isEqualTo("file");
    } finally {
      Locale.setDefault(saved);
    }
  }
}
