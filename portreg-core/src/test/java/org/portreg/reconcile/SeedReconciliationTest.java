package org.portreg.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.portreg.format.excerpt.ExcerptFormat;
import org.portreg.io.Registries;
import org.portreg.model.Registry;
import org.portreg.testing.SharedData;

/** Acceptance: each seed agrees, field by field, with the registry version of its date. */
class SeedReconciliationTest {
  static Path seed(String prefix) throws IOException {
    try (Stream<Path> files = Files.list(SharedData.seeds())) {
      return files
          .filter(p -> p.getFileName().toString().startsWith(prefix + "_"))
          .findFirst()
          .orElseThrow();
    }
  }

  /** Registries read once per date: each full read takes a second or two. */
  static final Map<String, Registry> REGISTRIES = new ConcurrentHashMap<>();

  static Reconciliation reconcile(Path excerpt, String date) {
    Registry registry =
        REGISTRIES.computeIfAbsent(date, d -> Registries.read(SharedData.history(d)));
    return Reconciler.reconcile(ExcerptFormat.read(excerpt), registry);
  }

  @ParameterizedTest(name = "seed {0} against {1}")
  @CsvSource({
    "000, 2026-05-11, 100, 15, 11",
    "001, 2025-09-29, 8, 4, 0",
    "002, 2024-03-18, 5, 6, 1",
    "003, 2024-11-22, 13, 11, 3",
    "004, 2025-11-14, 13, 6, 2"
  })
  void everySeedAgreesWithTheRegistryOfItsDate(
      String prefix, String date, int rows, int resolved, int guessedWrong) throws IOException {
    Reconciliation r = reconcile(seed(prefix), date);
    assertThat(r.rows()).hasSize(rows);
    assertThat(r.rows())
        .allSatisfy(
            row -> {
              assertThat(row.status()).as(row.row().key()).isEqualTo(MatchStatus.AGREES);
              assertThat(row.differences()).isEmpty();
            });
    assertThat(r.contacts()).allSatisfy(c -> assertThat(c.status()).isEqualTo(MatchStatus.AGREES));
    assertThat(r.header()).allSatisfy(h -> assertThat(h.isConsistent()).isTrue());
    assertThat(r.missingContacts()).isEmpty();
    assertThat(r.resolvedAmbiguities()).hasSize(resolved);
    assertThat(r.resolvedAmbiguities().stream().filter(a -> !a.guessedRight()))
        .hasSize(guessedWrong);
    assertThat(r.agrees()).isTrue();
  }

  @Test
  void theRegistryResolvesSmtpsLoneDateAsModificationDate() throws IOException {
    Reconciliation r = reconcile(seed("000"), "2026-05-11");
    RowReconciliation smtp = r.rows().get(1);
    assertThat(smtp.row().key()).isEqualTo("smtp 25/tcp");
    assertThat(smtp.resolved())
        .containsExactly(
            new ResolvedAmbiguity("2017-06-05", "Registration Date", "Modification Date"));
  }

  @Test
  void seed004ContactUriAgreesThroughTheBrowsersMicroEntity() throws IOException {
    Reconciliation r = reconcile(seed("004"), "2025-11-14");
    ContactReconciliation igor = r.contacts().get(1);
    assertThat(igor.contact().id()).isEqualTo("Igor_Kostic");
    assertThat(igor.contact().uri()).contains("mailto:igorko\u00b5soft.com");
    assertThat(igor.status()).isEqualTo(MatchStatus.AGREES);
  }

  @Test
  void aSeedAgainstAnotherDateShowsTheExpertChange() throws IOException {
    Reconciliation r = reconcile(seed("000"), "2025-11-14");
    assertThat(r.header())
        .filteredOn(h -> h.field().equals("Expert(s)"))
        .singleElement()
        .satisfies(h -> assertThat(h.status()).isEqualTo(HeaderComparison.Status.DIFFERS));
    assertThat(r.agrees()).isFalse();
  }

  @Test
  void anAlteredValueIsReportedInItsColumn(@TempDir Path dir) throws IOException {
    String text = Files.readString(seed("003"), StandardCharsets.UTF_8);
    String altered = text.replaceFirst("\\| Pearson HTTPS \\|", "| Pearson HTTP/2 |");
    assertThat(altered).isNotEqualTo(text);
    Path copy = dir.resolve("altered.txt");
    Files.writeString(copy, altered, StandardCharsets.UTF_8);
    Reconciliation r = reconcile(copy, "2024-11-22");
    assertThat(r.agrees()).isFalse();
    assertThat(r.rowCount(MatchStatus.DIFFERS)).isEqualTo(1);
    RowReconciliation spss = r.rows().get(3);
    assertThat(spss.row().key()).isEqualTo("spss 5443/tcp");
    assertThat(spss.status()).isEqualTo(MatchStatus.DIFFERS);
    assertThat(spss.differences())
        .containsExactly(new FieldDifference("Description", "Pearson HTTP/2", "Pearson HTTPS"));
  }

  @Test
  void anAlteredPortIsFoundByNameAndTransportAndReported(@TempDir Path dir) throws IOException {
    String text = Files.readString(seed("004"), StandardCharsets.UTF_8);
    String altered = text.replace("| masc | 2587 | tcp |", "| masc | 2588 | tcp |");
    Path copy = dir.resolve("altered.txt");
    Files.writeString(copy, altered, StandardCharsets.UTF_8);
    Reconciliation r = reconcile(copy, "2025-11-14");
    RowReconciliation masc = r.rows().get(6);
    assertThat(masc.status()).isEqualTo(MatchStatus.DIFFERS);
    assertThat(masc.differences())
        .containsExactly(new FieldDifference("Port Number", "2588", "2587"));
  }
}
