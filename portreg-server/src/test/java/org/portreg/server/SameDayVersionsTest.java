package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.testing.SharedData;
import org.portreg.workflow.RequestAction;
import org.portreg.workflow.StoredRequest;

/**
 * Issue 15: two assignments on one day make versions that share a date. Over a real store (the two
 * newest real registries, then two assignments through the workflow), every version has its own
 * name, and every page, download, diff and feed entry reaches exactly that version.
 */
class SameDayVersionsTest {
  @TempDir static Path folder;
  private static WorkflowFixture fixture;
  private static TestServer server;

  /** The versions of the assignments' day, oldest first. */
  private static List<JsonNode> sameDay;

  @BeforeAll
  static void assignTwiceOnOneDay() {
    fixture = WorkflowFixture.open(folder, List.of(SharedData.history("2026-08-11")));
    assign("same-day-one");
    assign("same-day-two");
    server = new TestServer(fixture.start());
    JsonNode versions = server.json("/api/v1/versions", 200).get("versions");
    String newestDate = versions.get(0).get("updated").asText();
    sameDay = new ArrayList<>();
    for (JsonNode v : versions) {
      if (v.get("updated").asText().equals(newestDate)) {
        sameDay.add(0, v);
      }
    }
  }

  private static void assign(String name) {
    StoredRequest stored = fixture.submitAsAlice(WorkflowFixture.request(name).build());
    fixture.store().registrar().act(stored.id(), RequestAction.APPROVE, fixture.erin(), "ok");
    fixture.store().registrar().act(stored.id(), RequestAction.ASSIGN, fixture.adam(), "ok");
  }

  @AfterAll
  static void close() {
    if (server != null) {
      server.close();
    }
    fixture.close();
  }

  @Test
  void versionsOfOneDayHaveDistinctNamesThatReachThem() {
    assertThat(sameDay).hasSizeGreaterThanOrEqualTo(2);
    String date = sameDay.get(0).get("updated").asText();
    for (int i = 0; i < sameDay.size(); i++) {
      JsonNode v = sameDay.get(i);
      String name = date + "." + (i + 1);
      assertThat(v.get("name").asText()).isEqualTo(name);
      JsonNode header = server.json("/api/v1/versions/" + name, 200);
      assertThat(header.at("/version/id").asText()).isEqualTo(v.get("id").asText());
      assertThat(header.at("/downloads/0/href").asText()).startsWith("/versions/" + name + "/");
      assertThat(server.text("/versions/" + name + "/", 200)).contains(name);
      String xml = server.text("/versions/" + name + "/service-names-port-numbers.xml", 200);
      assertThat(xml).contains("<name>same-day-one</name>");
      assertThat(xml.contains("<name>same-day-two</name>")).isEqualTo(i == sameDay.size() - 1);
    }
    // A bare date names the last version of that day.
    assertThat(server.json("/api/v1/versions/" + date, 200).at("/version/id").asText())
        .isEqualTo(sameDay.get(sameDay.size() - 1).get("id").asText());
    server.text("/versions/" + date + "." + (sameDay.size() + 1) + "/", 404);
    server.text("/api/v1/versions/today", 400);
  }

  @Test
  void theDiffBetweenTwoVersionsOfOneDayShowsTheSecondAssignment() {
    String first = sameDay.get(sameDay.size() - 2).get("name").asText();
    String second = sameDay.get(sameDay.size() - 1).get("name").asText();
    JsonNode diff = server.json("/api/v1/diff?from=" + first + "&to=" + second, 200);
    // The new service takes one port out of an unassigned range.
    assertThat(diff.at("/summary/added").asInt()).isPositive();
    assertThat(diff.toString()).contains("same-day-two").doesNotContain("same-day-one");
    assertThat(server.text("/diff?from=" + first + "&to=" + second, 200))
        .contains(summary(diff))
        .contains("same-day-two");
  }

  @Test
  void theVersionsPageHasOneRowPerVersionWithItsCountsAndDiff() {
    String page = server.text("/versions", 200);
    JsonNode versions = server.json("/api/v1/versions", 200).get("versions");
    for (int i = 0; i < versions.size(); i++) {
      String name = versions.get(i).get("name").asText();
      assertThat(page).containsOnlyOnce("id=\"version-" + name + "\"");
      assertThat(page).contains("href=\"/versions/" + name + "/service-names-port-numbers.xml\"");
      if (i + 1 < versions.size()) {
        String previous = versions.get(i + 1).get("name").asText();
        assertThat(page).contains("href=\"/diff?from=" + previous + "&amp;to=" + name + "\"");
      }
    }
    String newest = versions.get(0).get("name").asText();
    String previous = versions.get(1).get("name").asText();
    JsonNode diff = server.json("/api/v1/diff?from=" + previous + "&to=" + newest, 200);
    String row = page.substring(page.indexOf("id=\"version-" + newest + "\""));
    assertThat(row.substring(0, row.indexOf("</tr>")))
        .contains(">+" + diff.at("/summary/added").asInt() + "<")
        .contains(">−" + diff.at("/summary/removed").asInt() + "<")
        .contains(">~" + diff.at("/summary/changed").asInt() + "<")
        .contains(">" + versions.get(0).get("recordCount").asInt() + "<");
  }

  @Test
  void eachFeedEntryComparesItsVersionWithTheOneBefore() {
    String feed = server.text("/feed.atom", 200);
    String date = sameDay.get(0).get("updated").asText();
    int n = sameDay.size();
    String newest = sameDay.get(n - 1).get("name").asText();
    String before = sameDay.get(n - 2).get("name").asText();
    String entry = feed.substring(feed.indexOf("<entry>"), feed.indexOf("</entry>"));
    assertThat(entry)
        .contains("<id>urn:portreg:version:" + date + "." + n + "</id>")
        .contains("/diff?from=" + before + "&amp;to=" + newest + "\"")
        .contains(
            "Since "
                + before
                + ": "
                + summary(server.json("/api/v1/diff?from=" + before + "&to=" + newest, 200)));
    List<String> ids = new ArrayList<>();
    for (String part : feed.split("<id>urn:portreg:version:")) {
      ids.add(part.substring(0, part.indexOf('<')));
    }
    assertThat(ids.subList(1, ids.size())).doesNotHaveDuplicates();
  }

  private static String summary(JsonNode diff) {
    return diff.at("/summary/added").asInt()
        + " added, "
        + diff.at("/summary/removed").asInt()
        + " removed, "
        + diff.at("/summary/changed").asInt()
        + " changed";
  }
}
