package org.portreg.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portreg.format.RecordColumns;
import org.portreg.index.CompactIndex;
import org.portreg.index.RegistryIndex;
import org.portreg.io.Registries;
import org.portreg.testing.SharedData;

/**
 * The snapshot's search gives exactly the full search's pages on the newest registry: the same rows
 * (all twelve columns and status), totals, page counts and contacts, for words taken from the
 * registry itself, quoted words, mixed case and structured terms beside a text term.
 */
class SearchSnapshotTest {
  static RegistryIndex index;
  static RegistrySearch full;
  static SearchSnapshot snapshot;
  static CompactIndex compact;

  @BeforeAll
  static void build() {
    index = RegistryIndex.of(Registries.read(SharedData.newestXml()));
    full = RegistrySearch.of(index);
    snapshot = new SearchSnapshot(ByteBuffer.wrap(SearchSnapshot.write(index)));
    compact = new CompactIndex(ByteBuffer.wrap(CompactIndex.write(index)));
  }

  @Test
  void answersEveryTextQueryLikeTheFullSearch() {
    List<String> queries = queries();
    assertThat(queries).hasSizeGreaterThan(200);
    int compared = 0;
    for (String text : queries) {
      SearchQuery query = SearchQuery.parse(text);
      Optional<SearchPage> fast = snapshot.search(query, compact, 1, false);
      assertThat(fast).as(text).isPresent();
      assertThat(render(fast.get())).as(text).isEqualTo(render(full.search(query, 1)));
      compared++;
      assertThat(render(snapshot.search(query, compact, 1, true).orElseThrow()))
          .as(text + " --all")
          .isEqualTo(render(full.all(query)));
    }
    assertThat(compared).isEqualTo(queries.size());
  }

  @Test
  void answersEveryQueryOfTextTermsWithoutModelsLikeTheFullSearch() {
    int compared = 0;
    for (String text : queries()) {
      SearchQuery query = SearchQuery.parse(text);
      Optional<SearchSnapshot.TextPage> page = snapshot.searchText(query, compact, 1, false);
      if (text.contains(":")) {
        assertThat(page).as(text).isEmpty();
        continue;
      }
      assertThat(render(page.orElseThrow())).as(text).isEqualTo(render(full.search(query, 1)));
      assertThat(render(snapshot.searchText(query, compact, 1, true).orElseThrow()))
          .as(text + " --all")
          .isEqualTo(render(full.all(query)));
      compared++;
    }
    assertThat(compared).isGreaterThan(150);
  }

  @Test
  void leavesQueriesWithoutATextTermOrForPortsWithoutARecordToTheFullSearch() {
    assertThat(snapshot.search(SearchQuery.parse("port:443"), compact, 1, false)).isEmpty();
    assertThat(snapshot.search(SearchQuery.parse("name:http*"), compact, 1, false)).isEmpty();
    assertThat(snapshot.search(SearchQuery.parse("status:unassigned 5"), compact, 1, false))
        .isEmpty();
  }

  @Test
  void findsTheHttpsRecordsWithTheirContacts() {
    SearchPage page = snapshot.search(SearchQuery.parse("https"), compact, 1, false).orElseThrow();
    assertThat(page.total()).isEqualTo(full.search(SearchQuery.parse("https"), 1).total());
    assertThat(page.rows()).extracting(r -> r.record().name().orElse("")).contains("https");
    assertThat(page.contacts()).isNotEmpty();
    // With every row asked for, the page number is not looked at, as in the full search.
    SearchQuery https = SearchQuery.parse("https");
    assertThat(snapshot.searchText(https, compact, 0, true).orElseThrow().total())
        .isEqualTo(full.all(https).total());
  }

  /** Words of every 200th record's name, description and assignee, and some combinations. */
  private static List<String> queries() {
    Set<String> queries = new LinkedHashSet<>();
    for (int i = 0; i < index.size(); i += 200) {
      List<String> columns = RecordColumns.of(index.record(i));
      for (int column : new int[] {0, 1, 3, 4, 8}) {
        for (String word : columns.get(column).split("[\\s\\[\\]]+")) {
          if (word.length() >= 2 && !word.contains("\"")) {
            queries.add(word);
            queries.add("\"" + word + "\"");
            queries.add(word.toUpperCase(Locale.ROOT) + " tcp");
          }
        }
      }
    }
    queries.addAll(
        List.of(
            "http proto:udp",
            "web port:8000-8100",
            "server name:*sql*",
            "iesg assignee:IESG ref:rfc6335",
            "a updated:>=2025",
            "protocol status:assigned",
            "kerberos status:reserved",
            "\u00e9",
            "x",
            "zzzz-no-such-word"));
    return new ArrayList<>(queries);
  }

  private static String render(SearchSnapshot.TextPage page) {
    StringBuilder text = new StringBuilder();
    text.append(page.total()).append(' ').append(page.page()).append(' ').append(page.pageCount());
    text.append(' ').append(page.showOrganization()).append('\n');
    for (int ordinal : page.ordinals()) {
      text.append(List.of(compact.columns(ordinal)))
          .append(' ')
          .append(compact.statusWord(ordinal));
      text.append(" false\n");
    }
    text.append(page.contacts());
    return text.toString();
  }

  private static String render(SearchPage page) {
    StringBuilder text = new StringBuilder();
    text.append(page.total()).append(' ').append(page.page()).append(' ').append(page.pageCount());
    text.append(' ').append(page.showOrganization()).append('\n');
    for (SearchRow row : page.rows()) {
      text.append(RecordColumns.of(row.record())).append(' ');
      text.append(row.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      text.append(' ').append(row.synthesized()).append('\n');
    }
    text.append(page.contacts());
    return text.toString();
  }
}
