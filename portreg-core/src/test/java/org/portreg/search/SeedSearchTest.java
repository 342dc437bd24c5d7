package org.portreg.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.portreg.index.RegistryIndex;
import org.portreg.io.Registries;
import org.portreg.model.Person;
import org.portreg.model.ServiceRecord;
import org.portreg.testing.SharedData;

/**
 * Each of the five registry result pages in {@code shared/seeds} is an acceptance test: the seed's
 * query over the registry version of its date gives exactly its rows, in its order, and exactly its
 * contact table.
 */
class SeedSearchTest {
  private static final Pattern PORT = Pattern.compile("\\d+(-\\d+)?");
  private static final Pattern TRANSPORT = Pattern.compile("tcp|udp|sctp|dccp");
  private static final Pattern CONTACT_ID = Pattern.compile("^\\|?\\s*\\[([^\\]]+)\\]");

  static Stream<Arguments> seeds() {
    return Stream.of(
        Arguments.of("000_90a870302dc95b89.txt", "2026-05-11", "43"),
        Arguments.of("001_57b5c43415911c67.txt", "2025-09-29", "ftps"),
        Arguments.of("002_9a628787b83596d0.txt", "2024-03-18", "\"53\""),
        Arguments.of("003_e2f398b622535810.txt", "2024-11-22", "https 443"),
        Arguments.of("004_e2d7f6681eaba733.txt", "2025-11-14", "587"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("seeds")
  void reproducesSeedPage(String seed, String date, String query) throws IOException {
    List<String> lines =
        Files.readAllLines(SharedData.seeds().resolve(seed), StandardCharsets.UTF_8);
    RegistryIndex index = RegistryIndex.of(Registries.read(SharedData.history(date)));

    SearchPage page = RegistrySearch.of(index).search(SearchQuery.parse(query), 1);

    List<String> expectedRows = seedRows(lines);
    assertThat(expectedRows).isNotEmpty();
    assertThat(page.rows().stream().map(r -> key(r.record())).toList())
        .containsExactlyElementsOf(expectedRows);
    if (indexOf(lines, "Contact Information") < 0) {
      // Seed 000 is cut after its 100 rows: it has no contact table to compare.
      assertThat(page.rows()).hasSize(RegistrySearch.PAGE_SIZE);
      assertThat(page.total()).isGreaterThan(RegistrySearch.PAGE_SIZE);
      return;
    }
    assertThat(page.contacts().stream().map(Person::id).toList())
        .containsExactlyElementsOf(seedContactIds(lines));
    assertThat(page.showOrganization()).isEqualTo(seedHasOrganization(lines));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("seeds")
  void findsNoSynthesizedRowsForPlainQueries(String seed, String date, String query) {
    RegistryIndex index = RegistryIndex.of(Registries.read(SharedData.history(date)));

    List<SearchRow> rows = RegistrySearch.of(index).matches(SearchQuery.parse(query));

    assertThat(rows).isNotEmpty().noneMatch(SearchRow::synthesized);
  }

  private static String key(ServiceRecord r) {
    return r.name().orElse("")
        + " "
        + r.number().map(Object::toString).orElse("")
        + " "
        + r.protocol().map(p -> p.token()).orElse("");
  }

  /** Name, port and transport of each table row: the leading tokens of the row's first line. */
  private static List<String> seedRows(List<String> lines) {
    List<String> rows = new ArrayList<>();
    int start = indexOf(lines, "Assignment Notes") + 1;
    int end = indexOf(lines, "Contact Information");
    for (String line : lines.subList(start, end < 0 ? lines.size() : end)) {
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("[") || s.replace("|", "").replace("-", "").isEmpty()) {
        continue;
      }
      rows.add(rowKey(s.replace("|", " ").trim().split("\\s+")));
    }
    return rows;
  }

  private static String rowKey(String[] tokens) {
    int i = 0;
    String name = "";
    if (!PORT.matcher(tokens[0]).matches() && !TRANSPORT.matcher(tokens[0]).matches()) {
      name = tokens[i++];
    }
    String port = i < tokens.length && PORT.matcher(tokens[i]).matches() ? tokens[i++] : "";
    String proto = i < tokens.length && TRANSPORT.matcher(tokens[i]).matches() ? tokens[i] : "";
    return name + " " + port + " " + proto;
  }

  private static List<String> seedContactIds(List<String> lines) {
    List<String> ids = new ArrayList<>();
    int start = indexOf(lines, "Contact Information");
    for (String line : lines.subList(start + 1, lines.size())) {
      Matcher m = CONTACT_ID.matcher(line.strip());
      if (m.find()) {
        ids.add(m.group(1));
      }
    }
    return ids;
  }

  private static boolean seedHasOrganization(List<String> lines) {
    int start = indexOf(lines, "Contact Information");
    return lines.subList(start, lines.size()).stream().anyMatch(l -> l.contains("Organization"));
  }

  private static int indexOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    return -1;
  }
}
