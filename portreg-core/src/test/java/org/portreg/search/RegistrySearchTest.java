package org.portreg.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.portreg.error.InvalidInputException;
import org.portreg.index.Fixtures;
import org.portreg.index.RegistryIndex;
import org.portreg.model.Person;
import org.portreg.model.Transport;

/** Search semantics over a small fixture registry. */
class RegistrySearchTest {
  private final RegistrySearch search = RegistrySearch.of(RegistryIndex.of(Fixtures.registry()));

  private List<String> find(String query) {
    return search.matches(SearchQuery.parse(query)).stream()
        .map(
            r ->
                r.record().name().orElse("-")
                    + "/"
                    + r.record().number().map(Object::toString).orElse("")
                    + (r.synthesized() ? "/" + r.record().protocol().orElseThrow() : ""))
        .toList();
  }

  @Test
  void aBareTermMatchesAsCaseInsensitiveSubstringOfAnyField() {
    assertThat(find("WIDE")).containsExactly("http/80", "www/80");
    assertThat(find("6000-60")).containsExactly("x11/6000-6063");
    assertThat(find("[iesg]")).containsExactly("INFO/83");
    assertThat(find("2025-02")).containsExactly("INFO/83");
  }

  @Test
  void aQuotedTermMatchesWholeWordsOnly() {
    assertThat(find("\"web\"")).containsExactly("http/80", "www/80");
    assertThat(find("\"we\"")).isEmpty();
    assertThat(find("\"8\"")).isEmpty();
    assertThat(find("\"83\"")).containsExactly("INFO/83");
    assertThat(find("\"world wide\"")).containsExactly("http/80", "www/80");
  }

  @Test
  void everyTermMustMatchSomeField() {
    assertThat(find("itsy www")).isEmpty();
    assertThat(find("http www")).containsExactly("www/80");
    assertThat(find("www 80")).containsExactly("www/80");
    assertThat(find("")).hasSize(9);
  }

  @Test
  void foldsCaseWithTheRootLocaleEvenUnderTurkish() {
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    try {
      assertThat(find("INFORMATION")).containsExactly("INFO/83");
      assertThat(find("information")).containsExactly("INFO/83");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void structuredTermsMatchOneFieldAndCombineWithPlainTerms() {
    assertThat(find("port:81-83")).containsExactly("-/81-82", "INFO/83");
    assertThat(find("port:6010")).containsExactly("x11/6000-6063");
    assertThat(find("proto:sctp")).containsExactly("itsy/9");
    assertThat(find("proto:udp port:80-82")).containsExactly("-/81-82");
    assertThat(find("name:HTTP*")).containsExactly("http/80");
    assertThat(find("name:*elmd")).containsExactly("pra-elmd/1587", "pra_elmd/1587");
    assertThat(find("assignee:iesg")).containsExactly("INFO/83");
    assertThat(find("assignee:[IESG] information")).containsExactly("INFO/83");
    assertThat(find("status:reserved")).containsExactly("-/84");
    assertThat(find("status:de-registered")).containsExactly("-/84");
    assertThat(find("status:assigned port:1-100"))
        .containsExactly("http/80", "www/80", "INFO/83", "itsy/9");
  }

  @ParameterizedTest
  @CsvSource({
    "updated:2025, INFO/83",
    "updated:=2025-02-14, INFO/83",
    "updated:>=2025-01-01, INFO/83",
    "updated:>2025-02-01, ''",
    "updated:<2025, itsy/9",
    "updated:<=2024-12-31, itsy/9"
  })
  void comparesPartialDatesAtTheCoarserPrecision(String query, String expected) {
    assertThat(String.join(",", find(query))).isEqualTo(expected);
  }

  @Test
  void refMatchesAReferenceEntry() {
    assertThat(find("ref:rfc9110")).isEmpty();
  }

  @Test
  void statusUnassignedAddsPortsWithoutRecordAsSynthesizedRows() {
    List<SearchRow> rows =
        search.matches(SearchQuery.parse("status:unassigned port:1-90 proto:sctp"));
    assertThat(rows).hasSize(2).allMatch(SearchRow::synthesized);
    assertThat(rows.get(0).record().number().orElseThrow().toString()).isEqualTo("0-8");
    assertThat(rows.get(1).record().number().orElseThrow().toString()).isEqualTo("10-49151");
    assertThat(rows.get(0).record().protocol()).hasValue(Transport.SCTP);
    assertThat(find("status:unassigned port:81 proto:udp")).containsExactly("-/81-82");
    assertThat(find("status:unassigned port:81"))
        .containsExactly("-/81-82", "-/0-49151/dccp", "-/10-49151/sctp");
    assertThat(find("status:unassigned port:85 proto:tcp")).containsExactly("-/83-1586/tcp");
    assertThat(find("status:assigned port:85")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "port:abc|search: 'port:abc': port must be a number or a range a-b, was 'abc'",
        "port:70000|search: 'port:70000': port must be in 0..65535, was 70000",
        "proto:icmp|search: 'proto:icmp': transport must be tcp, udp, sctp or dccp, was 'icmp'",
        "updated:>=2025-13|search: 'updated:>=2025-13': month must be in 1..12, was 13",
        "updated:soon|search: 'updated:soon': date must be YYYY, YYYY-MM or YYYY-MM-DD, was 'soon'",
        "name:|search: 'name:': name needs a value"
      })
  void rejectsAMalformedTermWithAClearMessage(String query, String message) {
    assertThatThrownBy(() -> SearchQuery.parse(query))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(message);
  }

  @Test
  void rejectsAnUnknownStatusListingTheKnownOnes() {
    assertThatThrownBy(() -> SearchQuery.parse("status:free"))
        .hasMessageStartingWith("search: 'status:free': status must be assigned, reserved");
  }

  @Test
  void keepsUnknownKeysAsPlainText() {
    assertThat(find("mailto:x")).isEmpty();
    assertThat(SearchQuery.parse("urn:foo bar").termCount()).isEqualTo(2);
  }

  @Test
  void pagesHoldTheirRowsAndExactlyTheirContactsSortedById() {
    SearchPage page = search.search(SearchQuery.parse("i"), 1);
    assertThat(page.total()).isEqualTo(page.rows().size());
    assertThat(page.contacts())
        .extracting(Person::id)
        .containsExactly("IESG", "IETF_Chair", "Ståhl");
    assertThat(page.showOrganization()).isTrue();
    SearchPage x11 = search.search(SearchQuery.parse("x11"), 1);
    assertThat(x11.contacts()).extracting(Person::id).containsExactly("Ståhl");
    assertThat(x11.showOrganization()).isFalse();
    assertThat(search.search(SearchQuery.parse("x11"), 2).rows()).isEmpty();
    assertThat(x11.pageCount()).isEqualTo(1);
    assertThatThrownBy(() -> search.search(SearchQuery.parse("x"), 0))
        .hasMessage("page must be at least 1, was 0");
  }
}
