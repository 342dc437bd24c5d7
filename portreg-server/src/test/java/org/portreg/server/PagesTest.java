package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The web pages: content, paging, escaping and security headers. */
class PagesTest {
  private static final String HOSTILE_RECORD =
      "  <record>\n    <name>evil</name>\n    <protocol>udp</protocol>\n"
          + "    <description>&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quoted\"</description>\n"
          + "    <number>6666</number>\n"
          + "    <xref type=\"uri\" data=\"javascript:alert(2)\"/>\n"
          + "    <xref type=\"person\" data=\"Mallory\"/>\n  </record>\n";
  private static final String HOSTILE_PERSON =
      "    <person id=\"Mallory\">\n      <name>&lt;img src=x onerror=alert(3)&gt;</name>\n"
          + "      <org>Evil &lt;Corp&gt;</org>\n"
          + "      <uri>https://example.org/?a=1&amp;b=\"2\"</uri>\n    </person>\n";
  private static TestServer server;

  @BeforeAll
  static void start() {
    server =
        new TestServer(
            InMemoryRegistrySource.of(
                List.of(TestRegistries.of("2025-02-03", 150, HOSTILE_RECORD, HOSTILE_PERSON))));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void showsTheHeaderBlockAndAvailableFormats() {
    String home = server.text("/", 200);

    assertThat(home)
        .contains("<h1>Test Port Registry</h1>")
        .contains("<dt>Last Updated</dt>")
        .contains("2025-02-03")
        .contains("<dt>Expert(s)</dt>")
        .contains("TCP/UDP: Test Expert")
        .contains("<a href=\"https://www.rfc-editor.org/rfc/rfc6335.html\">[RFC6335]</a>")
        .contains("<dt>Note</dt>")
        .contains("<p>First paragraph still first.</p><p>Second paragraph.</p>")
        .contains("<dt>Request an Assignment</dt>")
        .contains("href=\"https://www.iana.org/protocols/apply\"")
        .contains("<a class=\"download\" href=\"/service-names-port-numbers.xml\">XML</a>")
        .contains("<a class=\"download\" href=\"/service-names-port-numbers.json\">JSON</a>")
        .contains("name=\"search\"");
  }

  @Test
  void pagesTheTableAHundredRowsAtATime() {
    String first = server.text("/", 200);
    String second = server.text("/?page=2", 200);

    assertThat(rows(first)).isEqualTo(100);
    assertThat(rows(second)).isEqualTo(51);
    assertThat(first).contains("151 records; showing 1–100").contains("href=\"/?page=2\"");
    assertThat(second).contains("151 records; showing 101–151").contains("href=\"/?page=1\"");
    assertThat(server.text("/?page=9", 404)).contains("page 9 does not exist");
    assertThat(server.text("/?page=-1", 400)).contains("page must be a whole number from 1");
  }

  @Test
  void showsTheContactsOfThePageWithOrganizationOnlyWhenOneHasIt() {
    String first = server.text("/", 200);
    String second = server.text("/?page=2", 200);

    assertThat(first).contains("Contact Information").contains("[Ann_Example]");
    assertThat(first).doesNotContain("<th scope=\"col\">Organization</th>");
    assertThat(second).contains("<th scope=\"col\">Organization</th>");
    assertThat(second.indexOf("[Ann_Example]</a></td>"))
        .isLessThan(second.indexOf("[Mallory]</a></td>"));
  }

  @Test
  void escapesEverythingTheDataHolds() {
    String page = server.text("/?page=2", 200);

    assertThat(page).doesNotContain("<script>").doesNotContain("<img src=x");
    assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quoted\"");
    assertThat(page).contains("&lt;img src=x onerror=alert(3)&gt;");
    assertThat(page).contains("Evil &lt;Corp&gt;");
    assertThat(page).doesNotContain("href=\"javascript:").contains("[javascript:alert(2)]");
    // A quote is no URL character: the link percent-encodes it (issue 15, valid HTML).
    assertThat(page).contains("href=\"https://example.org/?a=1&amp;b=%222%22\"");
  }

  @Test
  void everyPageCarriesTheSecurityHeaders() {
    for (String path : List.of("/", "/person/Mallory", "/versions", "/no-such-page")) {
      HttpResponse<byte[]> response = server.get(path);
      assertThat(response.headers().firstValue("Content-Type"))
          .as(path)
          .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValueSatisfying(
              csp ->
                  assertThat(csp)
                      .contains("default-src 'none'")
                      .contains("style-src 'self'")
                      .doesNotContain("unsafe-inline"));
      assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
    }
  }

  @Test
  void pagesHaveNoInlineScriptOrStyle() {
    String home = server.text("/", 200);

    assertThat(home).doesNotContain("<script").doesNotContain("<style").doesNotContain("style=");
    // Versioned by content since issue 15 (immutable caching).
    assertThat(home).contains("<link rel=\"stylesheet\" href=\"/assets/portreg.css?v=");
    assertThat(server.text("/assets/portreg.css", 200)).contains("table");
  }

  @Test
  void showsAPersonWithTheirRecords() {
    String page = server.text("/person/Ann_Example", 200);

    assertThat(page).contains("<h1>Ann Example</h1>").contains("mailto:ann&amp;example.org");
    assertThat(page).contains("Records (150)").contains("svc150");
    assertThat(server.text("/person/Nobody", 404)).contains("no person with ID 'Nobody'");
  }

  @Test
  void answersAnHtmlPageForUnknownPaths() {
    String page = server.text("/no/such/page", 404);

    assertThat(page).contains("<h1>404 Not Found</h1>").contains("nothing at /no/such/page");
  }

  @Test
  void showsAMalformedQueryAsAnErrorInsteadOfTheTable() {
    String page = server.text("/?search=port:abc", 400);

    assertThat(page)
        .contains("class=\"error\"")
        .contains("port:abc")
        .doesNotContain("id=\"records\"");
  }

  @Test
  void explainsHowToImportWhenEmpty() {
    try (TestServer empty = new TestServer(InMemoryRegistrySource.empty())) {
      String home = empty.text("/", 200);

      assertThat(home).contains("No registry has been imported yet");
      assertThat(home).contains("./portreg serve --registry service-names-port-numbers.xml");
      assertThat(home).contains("./portreg db import").contains("./portreg update");
    }
  }

  private static int rows(String html) {
    String body = html.substring(html.indexOf("<table id=\"records\" class=\"records\">"));
    body = body.substring(body.indexOf("<tbody>"), body.indexOf("</tbody>"));
    return body.split("<tr>", -1).length - 1;
  }
}
