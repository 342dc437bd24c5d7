package org.portreg.format.excerpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portreg.error.RegistryFormatException;
import org.portreg.format.Format;
import org.portreg.format.ProblemCollector;
import org.portreg.format.ReadOptions;
import org.portreg.format.RecordColumns;
import org.portreg.io.Registries;

/** The column-recovery rules, on small fixtures written here. */
class ColumnRecoveryTest {
  static final String MD_HEAD =
      "| Service Name | Port Number | Transport Protocol | Description | Assignee | Contact"
          + " | Registration Date | Modification Date | Reference | Service Code"
          + " | Unauthorized Use Reported | Assignment Notes |\n"
          + "|---|---|---|---|---|---|---|---|---|---|---|---|\n";
  static final String PLAIN_HEAD =
      "Service Name Port Number Transport Protocol Description Assignee Contact Registration Date"
          + " Modification Date Reference Service Code Unauthorized Use Reported Assignment Notes\n";

  static Excerpt read(String text) {
    return ExcerptFormat.read(text.getBytes(StandardCharsets.UTF_8), "fixture.txt");
  }

  static ExcerptRow onlyRow(String text) {
    List<ExcerptRow> rows = read(text).rows();
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  @Test
  void placesShiftedValuesByWhatTheyAre() {
    ExcerptRow row =
        onlyRow(
            MD_HEAD + "| echo | 7 | tcp | Echo | [Jon] | [Jon] | 2001-01 | 2020-02-03 | ||||\n");
    assertThat(row.columns())
        .containsExactly(
            "echo", "7", "tcp", "Echo", "[Jon]", "[Jon]", "2001-01", "2020-02-03", "", "", "", "");
    assertThat(row.ambiguities()).isEmpty();
  }

  @Test
  void loneDateIsAmbiguousBetweenRegistrationAndModification() {
    ExcerptRow row = onlyRow(MD_HEAD + "| echo | 7 | tcp | Echo | 2021-10-01 | [RFC862] |\n");
    assertThat(row.value(RecordColumns.REGISTERED)).contains("2021-10-01");
    assertThat(row.value(RecordColumns.REFERENCE)).contains("[RFC862]");
    assertThat(row.ambiguities()).hasSize(1);
    Ambiguity a = row.ambiguities().get(0);
    assertThat(a.candidateColumns()).containsExactly("Registration Date", "Modification Date");
    assertThat(a.chosenColumn()).isEqualTo("Registration Date");
    assertThat(a.toString()).contains("guessed Registration Date");
  }

  @Test
  void lonePersonIsTheAssigneeBecauseContactNeedsAnAssignee() {
    ExcerptRow row = onlyRow(MD_HEAD + "| echo | 7 | udp | Echo | [IESG] |\n");
    assertThat(row.value(RecordColumns.ASSIGNEE)).contains("[IESG]");
    assertThat(row.value(RecordColumns.CONTACT)).isEmpty();
    assertThat(row.isAmbiguous()).isFalse();
  }

  @Test
  void textAfterTheDescriptionIsNotesOrUnauthorizedUse() {
    ExcerptRow row = onlyRow(MD_HEAD + "| echo | 7 | tcp | Echo | Seen in the wild |\n");
    assertThat(row.value(RecordColumns.DESCRIPTION)).contains("Echo");
    assertThat(row.value(RecordColumns.NOTES)).contains("Seen in the wild");
    assertThat(row.ambiguities())
        .singleElement()
        .satisfies(
            a ->
                assertThat(a.candidateColumns())
                    .containsExactly("Unauthorized Use Reported", "Assignment Notes"));
  }

  @Test
  void twoTrailingTextsAreUnauthorizedUseThenNotes() {
    ExcerptRow row = onlyRow(MD_HEAD + "| echo | 7 | tcp | Echo | [A] | misuse | a note |\n");
    assertThat(row.value(RecordColumns.UNAUTHORIZED)).contains("misuse");
    assertThat(row.value(RecordColumns.NOTES)).contains("a note");
    assertThat(row.isAmbiguous()).isFalse();
  }

  @Test
  void largeNumberAfterReferenceIsTheServiceCodeOfADccpRow() {
    ExcerptRow row = onlyRow(MD_HEAD + "| ping | 9 | dccp | Ping | [E] | [E] | [RFC4340] | 1 |\n");
    assertThat(row.value(RecordColumns.SERVICE_CODE)).contains("1");
    assertThat(row.value(RecordColumns.PORT)).contains("9");
  }

  @Test
  void rangeWithoutNameStartsAtThePortColumn() {
    ExcerptRow row = onlyRow(MD_HEAD + "| 100-200 | Unassigned |\n");
    assertThat(row.name()).isEmpty();
    assertThat(row.port()).contains("100-200");
    assertThat(row.value(RecordColumns.DESCRIPTION)).contains("Unassigned");
    assertThat(row.key()).isEqualTo("100-200");
  }

  @Test
  void joinsAMarkdownRowBrokenOverTwoLines() {
    ExcerptRow row = onlyRow(MD_HEAD + "| a-b | 10 | tcp | long text |\n[P] | [P] | ||||||\n");
    assertThat(row.lines()).containsExactly(3, 4);
    assertThat(row.value(RecordColumns.CONTACT)).contains("[P]");
  }

  @Test
  void joinsAPipeRowShortOfItsCells() {
    String head = MD_HEAD.replace("| Service", "Service").replace("|---|---", "---|---");
    Excerpt excerpt = read(head + "a | 1 | tcp | text |\n[P] | [P] | ||||||\nb | 2 | udp | B |\n");
    assertThat(excerpt.rendering()).isEqualTo(Rendering.PIPES);
    assertThat(excerpt.rows()).hasSize(2);
    assertThat(excerpt.rows().get(0).lines()).containsExactly(3, 4);
    assertThat(excerpt.rows().get(1).name()).contains("b");
  }

  @Test
  void plainRowsSplitAtReferencesDatesAndCodes() {
    ExcerptRow row =
        onlyRow(
            PLAIN_HEAD + "web-x 8080 tcp Web X server [Ann_B] [Ann_B] 2003-03 [RFC1] late note\n");
    assertThat(row.columns())
        .containsExactly(
            "web-x",
            "8080",
            "tcp",
            "Web X server",
            "[Ann_B]",
            "[Ann_B]",
            "2003-03",
            "",
            "[RFC1]",
            "",
            "",
            "late note");
  }

  @Test
  void plainNameOnlyRowHasNoPort() {
    ExcerptRow row = onlyRow(PLAIN_HEAD + "svc-y udp Service Y\n");
    assertThat(row.port()).isEmpty();
    assertThat(row.transport()).contains("udp");
    assertThat(row.value(RecordColumns.DESCRIPTION)).contains("Service Y");
  }

  @Test
  void plainNameWithSpacesEndsBeforePortAndTransport() {
    ExcerptRow row = onlyRow(PLAIN_HEAD + "Old Style (Name) 3283 tcp Old style\n");
    assertThat(row.name()).contains("Old Style (Name)");
    assertThat(row.port()).contains("3283");
  }

  @Test
  void contactTableWithOrganizationPlacesShiftedValues() {
    String text =
        MD_HEAD
            + "| a | 1 | tcp | A | [X] | [Y] |\n\nContact Information\n"
            + "| ID | Name | Organization | Contact URI | Last Updated |\n|---|---|---|---|---|\n"
            + "| [X] | Ex Ample | mailto:x&example.org | 2006-06 | |\n"
            + "| [Y] | Why | Org Y | mailto:y&example.org | |\n";
    Excerpt excerpt = read(text);
    assertThat(excerpt.organizationColumn()).isTrue();
    ExcerptContact x = excerpt.contacts().get(0);
    assertThat(x.name()).contains("Ex Ample");
    assertThat(x.organization()).isEmpty();
    assertThat(x.uri()).contains("mailto:x&example.org");
    assertThat(x.updated().map(Object::toString)).contains("2006-06");
    assertThat(x.nameOrOrganization()).isTrue();
    assertThat(excerpt.contacts().get(1).organization()).contains("Org Y");
    assertThat(excerpt.contacts().get(1).line()).isEqualTo(9);
  }

  @Test
  void readsHeaderFieldsWithBullets() {
    String text =
        "My Registry\n- Last Updated\n- 2020-01-02\n- Reference\n- [RFC6335]\n- Note\n-\nSome note\n"
            + "- Request an Assignment\n-\n[https://example.org/apply]\n- Available Formats\n-\n\nCSV\nXML\n"
            + MD_HEAD
            + "| a | 1 | tcp | A |\n";
    ExcerptHeader header = read(text).header();
    assertThat(header.title()).contains("My Registry");
    assertThat(header.lastUpdated().map(Object::toString)).contains("2020-01-02");
    assertThat(header.references()).containsExactly("RFC6335");
    assertThat(header.note()).contains("Some note");
    assertThat(header.requestAnAssignment()).contains("https://example.org/apply");
    assertThat(header.availableFormats()).containsExactly("CSV", "XML");
  }

  @Test
  void valueThatFitsNoColumnIsAProblemWithLineAndColumn() {
    String text = MD_HEAD + "| a | 1 | tcp | A | 2001-01 | [B] |\n";
    assertThatThrownBy(() -> read(text))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessageStartingWith("fixture.txt:3:")
        .hasMessageContaining("cannot place '[B]' (persons)");
  }

  @Test
  void lenientReadSkipsBadRowsAndCollectsProblems() {
    String text = MD_HEAD + "| a | 1 | tcp | A | 2001-01 | [B] |\n| b | 2 | udp | B |\n";
    ProblemCollector problems = new ProblemCollector("fixture.txt", ReadOptions.LENIENT);
    Excerpt excerpt = ExcerptFormat.read(text.getBytes(StandardCharsets.UTF_8), problems);
    assertThat(excerpt.rows()).extracting(r -> r.name().orElse("")).containsExactly("b");
    assertThat(problems.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(3);
              assertThat(p.column()).isEqualTo(31);
            });
  }

  @Test
  void textWithoutTableIsAProblem() {
    assertThatThrownBy(() -> read("just some text\n"))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessageStartingWith("fixture.txt:1:1: no registry table found");
  }

  @Test
  void badLastUpdatedDateIsAProblemOnItsLine() {
    assertThatThrownBy(() -> read("T\nLast Updated\n2020-13-01\n" + MD_HEAD))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessageStartingWith("fixture.txt:3:1: Last Updated:");
  }

  @Test
  void detectsExcerptsButNotOtherText() {
    byte[] excerpt = (MD_HEAD + "| a | 1 | tcp | A |\n").getBytes(StandardCharsets.UTF_8);
    assertThat(Registries.detect(excerpt)).isEqualTo(Format.EXCERPT);
    assertThat(Registries.detect("hello\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(Format.TXT);
    byte[] site =
        ("Internet Assigned Numbers Authority\n  \u2022\u00a0Domains\n" + PLAIN_HEAD)
            .getBytes(StandardCharsets.UTF_8);
    assertThat(Registries.detect(site)).isEqualTo(Format.TXT);
  }

  @Test
  void contactTableWithoutItsHeadingIsAProblem() {
    String text = MD_HEAD + "| a | 1 | tcp | A |\n\nContact Information\n| [X] | Ex |\n";
    assertThatThrownBy(() -> read(text))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessageStartingWith("fixture.txt:6:1: contact table must start with the heading");
  }
}
