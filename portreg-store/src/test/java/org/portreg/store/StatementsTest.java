package org.portreg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StatementsTest {
  @Test
  void splitsNamedStatementsAndDropsComments() {
    assertThat(Statements.parse("-- intro\n-- name: a\nSELECT 1\n-- why\nFROM t\n\n-- name: b\nX"))
        .containsEntry("a", "SELECT 1\nFROM t")
        .containsEntry("b", "X")
        .hasSize(2);
  }

  @Test
  void aDialectReplacesTheCommonStatement() {
    assertThat(Statements.load(Dialect.POSTGRESQL).get("lock_for_import")).startsWith("LOCK TABLE");
    assertThat(Statements.load(Dialect.SQLITE).get("lock_for_import")).startsWith("UPDATE");
  }

  @Test
  void aMissingStatementIsAProgrammingError() {
    assertThatThrownBy(() -> Statements.load(Dialect.SQLITE).get("nope"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no SQL statement named nope");
  }
}
