package org.portreg.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.portreg.format.excerpt.Excerpt;
import org.portreg.format.excerpt.ExcerptFormat;
import org.portreg.model.Inline;
import org.portreg.model.Note;
import org.portreg.model.PartialDate;
import org.portreg.model.Person;
import org.portreg.model.PortRange;
import org.portreg.model.Registry;
import org.portreg.model.RegistryHeader;
import org.portreg.model.RichText;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;

/** Reconciliation rules on a small registry and excerpts written here. */
class ReconcilerTest {
  static final String HEAD =
      "Title Here\nLast Updated\n2020-05-06\nNote\nFirst words of the\n"
          + "| Service Name | Port Number | Transport Protocol | Description | Assignee | Contact"
          + " | Registration Date | Modification Date | Reference | Service Code"
          + " | Unauthorized Use Reported | Assignment Notes |\n"
          + "|---|---|---|---|---|---|---|---|---|---|---|---|\n";
  static final String CONTACTS =
      "\nContact Information\n| ID | Name | Contact URI | Last Updated |\n|---|---|---|---|\n";

  static Registry registry() {
    ServiceRecord echo =
        ServiceRecord.builder()
            .name("echo")
            .protocol(Transport.TCP)
            .number(PortRange.of(7))
            .description("Echo")
            .addXref(Xref.person("Jo"))
            .addXref(Xref.of(XrefType.RFC, "rfc862"))
            .updated(PartialDate.parse("2019-01"))
            .build();
    Note note =
        new Note(
            Optional.empty(), new RichText(List.of(new Inline.Text("First words of the note"))));
    RegistryHeader header =
        new RegistryHeader(
            "id",
            "Title Here",
            "c",
            PartialDate.parse("2020-05-06"),
            List.of(),
            List.of(),
            List.of(note));
    Person jo =
        new Person(
            "Jo",
            Optional.of("Jo Doe"),
            Optional.empty(),
            Optional.of("mailto:jo&micron.example"),
            Optional.empty());
    return new Registry(header, List.of(echo), List.of(), List.of(jo));
  }

  static Reconciliation reconcile(String text) {
    Excerpt excerpt = ExcerptFormat.read(text.getBytes(StandardCharsets.UTF_8), "x.txt");
    return Reconciler.reconcile(excerpt, registry());
  }

  @Test
  void agreeingRowResolvesItsLoneDateAsModificationDate() {
    Reconciliation r =
        reconcile(
            HEAD
                + "| echo | 7 | tcp | Echo | [Jo] | [Jo] | 2019-01 | [RFC862] |\n"
                + CONTACTS
                + "| [Jo] | Jo Doe | mailto:jo\u00b5n.example |\n");
    assertThat(r.rows())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.status()).isEqualTo(MatchStatus.AGREES);
              assertThat(row.recordIndex()).contains(0);
              assertThat(row.resolved())
                  .containsExactly(
                      new ResolvedAmbiguity("2019-01", "Registration Date", "Modification Date"));
            });
    assertThat(r.contacts())
        .singleElement()
        .satisfies(c -> assertThat(c.status()).isEqualTo(MatchStatus.AGREES));
    assertThat(r.header())
        .extracting(HeaderComparison::field, HeaderComparison::status)
        .contains(
            org.assertj.core.groups.Tuple.tuple("Title", HeaderComparison.Status.AGREES),
            org.assertj.core.groups.Tuple.tuple("Note", HeaderComparison.Status.TRUNCATED));
    assertThat(r.agrees()).isTrue();
  }

  @Test
  void unknownRowIsNotFound() {
    Reconciliation r = reconcile(HEAD + "| nosuch | 9999 | udp | Nothing |\n");
    assertThat(r.rowCount(MatchStatus.NOT_FOUND)).isEqualTo(1);
    assertThat(r.rows().get(0).recordIndex()).isEmpty();
    assertThat(r.agrees()).isFalse();
  }

  @Test
  void differingFieldsAreListedByColumn() {
    Reconciliation r = reconcile(HEAD + "| echo | 7 | tcp | Echo! | [Jo] | [Jo] | 2019-01 |\n");
    assertThat(r.rows().get(0).differences())
        .containsExactly(
            new FieldDifference("Description", "Echo!", "Echo"),
            new FieldDifference("Reference", "", "[RFC862]"));
  }

  @Test
  void contactDifferencesAndMissingContactsAreReported() {
    Reconciliation r =
        reconcile(
            HEAD
                + "| echo | 7 | tcp | Echo | [Jo] | [Jo] | 2019-01 | [RFC862] |\n"
                + CONTACTS
                + "| [Jo] | Joe Doe | mailto:jo&micron.example |\n| [Zed] | Zed |\n");
    assertThat(r.contacts().get(0).differences())
        .containsExactly(
            new FieldDifference("Name", "Joe Doe", "Jo Doe"),
            new FieldDifference(
                "Contact URI", "mailto:jo&micron.example", "mailto:jo\u00b5n.example"));
    assertThat(r.contacts().get(1).status()).isEqualTo(MatchStatus.NOT_FOUND);
    assertThat(r.missingContacts()).isEmpty();
  }

  @Test
  void rowsNamingPeopleTheContactTableLacksAreReported() {
    Reconciliation r =
        reconcile(
            HEAD
                + "| echo | 7 | tcp | Echo | [Jo] | [Jo] | 2019-01 | [RFC862] |\n"
                + CONTACTS
                + "| [Zed] | Zed |\n");
    assertThat(r.missingContacts()).containsExactly("Jo");
  }

  @Test
  void decodesLegacyEntitiesAsABrowserDoes() {
    assertThat(PageText.decodeLegacyEntities("a&microsoft b&amp;c &zzz &copy;x"))
        .isEqualTo("a\u00b5soft b&c &zzz \u00a9x");
    assertThat(PageText.ofRegistry(" two\n  lines [A] [B] ")).isEqualTo("two lines [A][B]");
  }

  @Test
  void writesTextAndJsonReports() {
    Reconciliation r =
        reconcile(
            HEAD
                + "| echo | 7 | tcp | Echo! | [Jo] | [Jo] | 2019-01 |\n"
                + "| nosuch | 9 | udp | X |\n");
    StringWriter text = new StringWriter();
    ReconciliationText.write(r, new PrintWriter(text, true));
    assertThat(text.toString())
        .startsWith("x.txt against registry 2020-05-06: 2 rows, 0 agree, 1 differ, 1 not found")
        .contains("line 8 echo 7/tcp: differs\n    Description: excerpt 'Echo!', registry 'Echo'")
        .contains(
            "line 8 echo 7/tcp: '2019-01' is the Modification Date, not the Registration Date")
        .contains("line 9 nosuch 9/udp: not found in the registry")
        .contains("header Note: cut short on the page")
        .endsWith("differences found\n");
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    ReconciliationJson.write(r, json);
    assertThat(json.toString(StandardCharsets.UTF_8))
        .contains("\"format\" : \"portreg-reconciliation\"")
        .contains("\"agrees\" : false")
        .contains("\"not-found\" : 1")
        .contains("\"column\" : \"Description\"")
        .contains("\"actual\" : \"Modification Date\"");
  }

  @Test
  void plainTextMergedFromDescriptionAndNotesIsSplitBack() {
    String plainHead =
        "Last Updated\n2020-05-06\n"
            + "Service Name Port Number Transport Protocol Description Assignee Contact"
            + " Registration Date Modification Date Reference Service Code Unauthorized Use Reported"
            + " Assignment Notes\n";
    Excerpt excerpt =
        ExcerptFormat.read(
            (plainHead + "daytime 13 udp Daytime Mind the clock\n")
                .getBytes(StandardCharsets.UTF_8),
            "p.txt");
    ServiceRecord daytime =
        ServiceRecord.builder()
            .name("daytime")
            .protocol(Transport.UDP)
            .number(PortRange.of(13))
            .description("Daytime")
            .notes(RichText.of("Mind the\nclock"))
            .build();
    Registry registry = registry().withRecords(List.of(daytime));
    RowReconciliation row = Reconciler.reconcile(excerpt, registry).rows().get(0);
    assertThat(row.status()).isEqualTo(MatchStatus.AGREES);
    assertThat(row.resolved())
        .containsExactly(
            new ResolvedAmbiguity(
                "Daytime Mind the clock", "Description", "Description + Assignment Notes"));
  }
}
