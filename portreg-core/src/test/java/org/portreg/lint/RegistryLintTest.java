package org.portreg.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.portreg.format.ReadOptions;
import org.portreg.io.Registries;
import org.portreg.model.Registry;

/** Every registry rule on a registry written for it, with positions from the XML. */
class RegistryLintTest {
  static final String FILE = "registry-every-rule.xml";

  static byte[] resource(String name) {
    try (InputStream in = RegistryLintTest.class.getResourceAsStream("/lint/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Registry registry() {
    return Registries.read(resource(FILE), FILE, Optional.empty(), ReadOptions.STRICT).registry();
  }

  static List<String> findings() {
    return RegistryLint.check(registry(), FILE).stream()
        .map(f -> f.line() + ":" + f.column() + " " + f.severity().label() + " " + f.rule().id())
        .toList();
  }

  @Test
  void everyRegistryRuleFindsItsCaseAtTheRecordsPosition() {
    assertThat(findings())
        .containsExactly(
            "6:3 info name-several-ports",
            "13:3 error duplicate-record",
            "20:3 error name-syntax",
            "27:3 error alias-target",
            "35:3 warning dynamic-range",
            "42:3 warning no-assignee",
            "48:3 error person-undefined",
            "55:3 warning expired-temporary",
            "63:3 warning status-word",
            "63:3 warning reference-spelling",
            "77:3 info transport-pair",
            "77:3 warning reference-spelling",
            "85:3 info partial-date",
            "85:3 warning reference-spelling",
            "99:5 info person-unused");
  }

  @Test
  void messagesSayWhatIsWrongAndWhatToDo() {
    List<String> messages =
        RegistryLint.check(registry(), FILE).stream().map(Finding::message).toList();
    assertThat(messages)
        .contains(
            "duplicate record for 'good' 1500/tcp (first at line 6); merge the two records or"
                + " delete this one",
            "historic name 'old++' is an alias to 'gone', which no record carries as a valid"
                + " service name; add that record or correct the note",
            "temporary allocation 'temp' 1505/tcp expired on 2025-06-01, before the registry's"
                + " update of 2026-01-10; renew it or return the port to Unassigned",
            "'was-free' 1506/tcp references person 'ann', which the people table spells 'Ann';"
                + " write [Ann]",
            "person 'Bob' is defined but no record references it; remove the entry");
  }

  @Test
  void aRegistryWithoutSpellingHasNoPositions() {
    List<Finding> findings = RegistryLint.check(registry().withoutSpelling(), "r.csv");
    assertThat(findings).hasSize(15).noneMatch(Finding::hasPosition);
    assertThat(LintOutput.line(findings.get(0))).startsWith("r.csv: ");
  }

  @Test
  void selectsRulesAndSeverities() {
    List<Finding> all = RegistryLint.check(registry(), FILE);
    LintFilter errorsOnly = new LintFilter(java.util.Set.of(), Severity.ERROR);
    assertThat(errorsOnly.apply(all)).hasSize(4).allMatch(f -> f.severity() == Severity.ERROR);
    LintFilter oneRule = new LintFilter(java.util.Set.of(LintRule.PARTIAL_DATE), Severity.INFO);
    assertThat(oneRule.apply(all)).extracting(Finding::line).containsExactly(85);
    assertThat(errorsOnly.fails(all)).isTrue();
    assertThat(
            new LintFilter(java.util.Set.of(LintRule.PERSON_UNUSED), Severity.WARNING).fails(all))
        .isFalse();
  }
}
