package org.portreg.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portreg.io.Registries;
import org.portreg.testing.SharedData;

/** The registry rules on the real newest file: the counts docs/lint.md lists. */
class RegistryLintRealTest {
  static List<Finding> findings;

  @BeforeAll
  static void lintNewest() {
    findings =
        RegistryLint.check(
            Registries.read(SharedData.newestXml()), "service-names-port-numbers.xml");
  }

  static Map<LintRule, Integer> counts() {
    Map<LintRule, Integer> counts = new EnumMap<>(LintRule.class);
    for (LintRule rule : LintRule.values()) {
      if (!rule.isManifestRule()) {
        counts.put(rule, 0);
      }
    }
    findings.forEach(f -> counts.merge(f.rule(), 1, Integer::sum));
    return counts;
  }

  @Test
  void countsPerRuleAreThoseDocsLintMdLists() {
    assertThat(counts())
        .containsExactly(
            entry(LintRule.NAME_SYNTAX, 1),
            entry(LintRule.ALIAS_TARGET, 0),
            entry(LintRule.DUPLICATE_RECORD, 0),
            entry(LintRule.DYNAMIC_RANGE, 0),
            entry(LintRule.NO_ASSIGNEE, 1484),
            entry(LintRule.PERSON_UNDEFINED, 0),
            entry(LintRule.PERSON_UNUSED, 0),
            entry(LintRule.EXPIRED_TEMPORARY, 0),
            entry(LintRule.STATUS_WORD, 2),
            entry(LintRule.NAME_SEVERAL_PORTS, 31),
            entry(LintRule.TRANSPORT_PAIR, 14),
            entry(LintRule.PARTIAL_DATE, 2620),
            entry(LintRule.REFERENCE_SPELLING, 2));
  }

  @Test
  void theOneBadNameIsFoundAtItsRecord() {
    assertThat(
            findings.stream().filter(f -> f.rule() == LintRule.NAME_SYNTAX).map(LintOutput::line))
        .containsExactly(
            "service-names-port-numbers.xml:90481:3: error: [name-syntax] service name"
                + " 'edi_service' may contain only ASCII letters, digits and hyphens, found '_'"
                + " (RFC 6335 section 5.1); rename it, or mark it historic with the note 'This entry"
                + " is an alias to \"NAME\"'");
  }

  @Test
  void historicNamesWithTheirReplacementAreNotErrors() {
    assertThat(findings).noneMatch(f -> f.message().contains("'whois++'"));
  }
}
