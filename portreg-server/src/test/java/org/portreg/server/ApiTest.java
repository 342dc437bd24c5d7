package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON API over two small versions: 150 records now, 3 before. */
class ApiTest {
  private static final String PEOPLE =
      "    <person id=\"Joachim_Ståhl\">\n      <name>Joachim Ståhl</name>\n"
          + "      <org>Axis</org>\n    </person>\n";
  private static TestServer server;

  @BeforeAll
  static void start() {
    server =
        new TestServer(
            InMemoryRegistrySource.of(
                List.of(
                    TestRegistries.plain("2024-01-01", 3),
                    TestRegistries.of("2025-02-03", 150, "", PEOPLE))));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void describesTheCurrentVersion() {
    JsonNode registry = server.json("/api/v1/registry", 200);

    assertThat(registry.get("version").get("updated").asText()).isEqualTo("2025-02-03");
    assertThat(registry.get("version").get("recordCount").asInt()).isEqualTo(150);
    assertThat(registry.get("peopleCount").asInt()).isEqualTo(2);
    assertThat(registry.get("header").get("title").asText()).isEqualTo("Test Port Registry");
    assertThat(registry.get("downloads").findValuesAsText("href"))
        .containsExactly(
            "/service-names-port-numbers.xml",
            "/service-names-port-numbers.csv",
            "/service-names-port-numbers.txt",
            "/service-names-port-numbers.html",
            "/service-names-port-numbers.json",
            "/services");
  }

  @Test
  void listsVersionsNewestFirst() {
    JsonNode versions = server.json("/api/v1/versions", 200).get("versions");

    assertThat(versions.findValuesAsText("updated")).containsExactly("2025-02-03", "2024-01-01");
    assertThat(versions.get(1).get("recordCount").asInt()).isEqualTo(3);
    assertThat(versions.get(0).get("id").asText()).isNotEqualTo(versions.get(1).get("id").asText());
  }

  @Test
  void describesAVersionByDate() {
    JsonNode version = server.json("/api/v1/versions/2024-01-01", 200);

    assertThat(version.get("version").get("recordCount").asInt()).isEqualTo(3);
    assertThat(version.get("downloads").get(0).get("href").asText())
        .isEqualTo("/versions/2024-01-01/service-names-port-numbers.xml");
  }

  @Test
  void pagesRecordsAHundredAtATime() {
    JsonNode first = server.json("/api/v1/records", 200);
    JsonNode second = server.json("/api/v1/records?page=2", 200);

    assertThat(first.get("total").asInt()).isEqualTo(150);
    assertThat(first.get("page").asInt()).isEqualTo(1);
    assertThat(first.get("pageSize").asInt()).isEqualTo(100);
    assertThat(first.get("records").size()).isEqualTo(100);
    assertThat(second.get("records").size()).isEqualTo(50);
    JsonNode record = second.get("records").get(0);
    assertThat(record.get("name").asText()).isEqualTo("svc101");
    assertThat(record.get("number").asText()).isEqualTo("1101");
    assertThat(record.get("protocol").asText()).isEqualTo("tcp");
    assertThat(record.get("persons").get(0).get("data").asText()).isEqualTo("Ann_Example");
    assertThat(record.get("status").asText()).isEqualTo("assigned");
  }

  @Test
  void answersProblemsForBadPages() {
    JsonNode zero = problem("/api/v1/records?page=0", 400);
    JsonNode word = problem("/api/v1/records?page=two", 400);
    JsonNode past = problem("/api/v1/records?page=3", 404);

    assertThat(zero.get("detail").asText())
        .isEqualTo("page must be a whole number from 1, was '0'");
    assertThat(word.get("type").asText()).isEqualTo("urn:portreg:problem:bad-request");
    assertThat(past.get("detail").asText())
        .isEqualTo("page 3 does not exist: there are 2 pages of 100");
    assertThat(past.get("instance").asText()).isEqualTo("/api/v1/records");
  }

  @Test
  void searchesWithTheRegistrysSemanticsByDefault() {
    JsonNode page = server.json("/api/v1/records?search=svc1", 200);
    JsonNode bad = problem("/api/v1/records?search=port:abc", 400);

    assertThat(page.get("pageSize").asInt()).isEqualTo(100);
    assertThat(page.get("total").asInt()).isGreaterThan(1);
    assertThat(page.get("records").get(0).get("name").asText()).isEqualTo("svc1");
    assertThat(bad.get("detail").asText()).contains("port:abc");
  }

  @Test
  void findsPeopleByIdIncludingNonAsciiIds() {
    JsonNode ann = server.json("/api/v1/people/Ann_Example", 200);
    JsonNode joachim = server.json("/api/v1/people/Joachim_St%C3%A5hl", 200);

    assertThat(ann.get("uri").asText()).isEqualTo("mailto:ann&example.org");
    assertThat(joachim.get("org").asText()).isEqualTo("Axis");
    assertThat(problem("/api/v1/people/Nobody", 404).get("detail").asText())
        .isEqualTo("no person with ID 'Nobody'");
  }

  @Test
  void answersProblemJsonForUnknownApiRoutesAndMethods() {
    JsonNode unknown = problem("/api/v1/nothing-here", 404);
    HttpResponse<byte[]> post =
        server.send(
            HttpRequest.newBuilder(server.uri("/api/v1/registry"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());

    assertThat(unknown.get("title").asText()).isEqualTo("Not Found");
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
  }

  @Test
  void answersNotFoundBeforeAnyImport() {
    try (TestServer empty = new TestServer(InMemoryRegistrySource.empty())) {
      assertThat(empty.json("/api/v1/versions", 200).get("versions").size()).isZero();
      HttpResponse<byte[]> registry = empty.get("/api/v1/registry");
      assertThat(registry.statusCode()).isEqualTo(404);
      assertThat(
              TestServer.parse(new String(registry.body(), java.nio.charset.StandardCharsets.UTF_8))
                  .get("detail")
                  .asText())
          .isEqualTo("no registry has been imported yet");
      assertThat(empty.get("/service-names-port-numbers.xml").statusCode()).isEqualTo(404);
    }
  }

  private static JsonNode problem(String path, int status) {
    HttpResponse<byte[]> response = server.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem =
        TestServer.parse(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.has("type") && problem.has("title") && problem.has("detail")).isTrue();
    return problem;
  }
}
