package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portreg.testing.SharedData;

/** Downloads of the real registry: bytes, versions, ETag, Last-Modified, 304 and gzip. */
class DownloadsTest {
  private static final String XML = "/service-names-port-numbers.xml";
  private static TestServer server;

  @BeforeAll
  static void start() {
    server =
        new TestServer(
            InMemoryRegistrySource.read(
                List.of(SharedData.newestXml(), SharedData.history("2025-09-29"))));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void servesTheNewestXmlByteForByte() {
    HttpResponse<byte[]> response = server.get(XML);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(SharedData.bytes(SharedData.newestXml()));
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/xml"));
    assertThat(response.headers().firstValue("Content-Length")).hasValue("3871499");
    assertThat(response.headers().firstValue("Last-Modified"))
        .hasValue("Mon, 17 Aug 2026 00:00:00 GMT");
  }

  @Test
  void servesAnOlderVersionAtItsDate() throws IOException {
    HttpResponse<byte[]> response = server.get("/versions/2025-09-29" + XML);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo(gunzip(SharedData.bytes(SharedData.history("2025-09-29"))));
  }

  @Test
  void gzipsWhenTheClientAcceptsIt() throws IOException {
    HttpResponse<byte[]> response = server.get(XML, "Accept-Encoding", "br, gzip;q=0.8");

    assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(response.headers().firstValue("Vary")).hasValue("Accept-Encoding");
    assertThat(response.body().length).isLessThan(1_000_000);
    assertThat(gunzip(response.body())).isEqualTo(SharedData.bytes(SharedData.newestXml()));
  }

  @Test
  void doesNotGzipWhenTheClientRefusesIt() {
    HttpResponse<byte[]> response = server.get(XML, "Accept-Encoding", "gzip;q=0, identity");

    assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(response.body()).hasSize(3_871_499);
  }

  @Test
  void answersHeadWithTheHeadersOfGet() {
    HttpResponse<byte[]> head =
        server.send(
            HttpRequest.newBuilder(server.uri(XML))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());

    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("Content-Length")).hasValue("3871499");
    assertThat(head.headers().firstValue("ETag"))
        .isEqualTo(server.get(XML).headers().firstValue("ETag"));
  }

  @Test
  void answersNotModifiedToItsOwnEtag() {
    String etag = server.get(XML).headers().firstValue("ETag").orElseThrow();
    String gzipEtag =
        server.get(XML, "Accept-Encoding", "gzip").headers().firstValue("ETag").orElseThrow();

    HttpResponse<byte[]> again = server.get(XML, "If-None-Match", etag);
    HttpResponse<byte[]> againGzip = server.get(XML, "If-None-Match", "W/" + gzipEtag);

    assertThat(etag).matches("\"[0-9a-f]{32}\"");
    assertThat(gzipEtag).isNotEqualTo(etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.headers().firstValue("ETag")).hasValue(etag);
    assertThat(againGzip.statusCode()).isEqualTo(304);
  }

  @Test
  void answersInFullToAnotherEtag() {
    HttpResponse<byte[]> response = server.get(XML, "If-None-Match", "\"0123\", \"4567\"");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).hasSize(3_871_499);
  }

  @Test
  void comparesIfModifiedSinceWithTheRegistryDate() {
    assertThat(server.get(XML, "If-Modified-Since", "Mon, 17 Aug 2026 00:00:00 GMT").statusCode())
        .isEqualTo(304);
    assertThat(server.get(XML, "If-Modified-Since", "Sun, 16 Aug 2026 23:59:59 GMT").statusCode())
        .isEqualTo(200);
    assertThat(server.get(XML, "If-Modified-Since", "not a date").statusCode()).isEqualTo(200);
  }

  @Test
  void servesIanasCsvAndAServicesFile() {
    HttpResponse<byte[]> csv = server.get("/service-names-port-numbers.csv");
    String services = server.text("/services", 200);
    String page = server.text("/", 200);

    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(new String(csv.body(), StandardCharsets.UTF_8))
        .startsWith(
            "Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,"
                + "Registration Date,Modification Date,Reference,Service Code,"
                + "Unauthorized Use Reported,Assignment Notes")
        .contains("\nhttps,443,tcp,");
    assertThat(services).containsPattern("(?m)^https\\s+443/tcp");
    assertThat(server.get("/versions/2025-09-29/services").statusCode()).isEqualTo(200);
    assertThat(page)
        .contains("<a class=\"download\" href=\"/service-names-port-numbers.csv\">")
        .contains("<a class=\"download\" href=\"/services\">");
  }

  @Test
  void servesTheTextRenderingAndTheHtmlPage() {
    HttpResponse<byte[]> txt = server.get("/service-names-port-numbers.txt");
    assertThat(txt.statusCode()).isEqualTo(200);
    assertThat(txt.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    String text = new String(txt.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text)
        .contains("Service Name and Transport Protocol Port Number Registry")
        .contains("2026-08-17");
    assertThat(
            org.portreg.format.txt.TxtFormat.readText(
                    text, "download.txt", org.portreg.format.ReadOptions.LENIENT)
                .registry()
                .records())
        .as("the download is the table, which reads back")
        .isNotEmpty();
    String html = server.text("/service-names-port-numbers.html", 200);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<table").contains("Jon_Postel");
  }

  @Test
  void theHtmlDownloadsPolicyAllowsExactlyItsEmbeddedStylesheet() throws Exception {
    HttpResponse<byte[]> response = server.get("/service-names-port-numbers.html");
    String html = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    String style = html.substring(html.indexOf("<style>") + 7, html.indexOf("</style>"));
    byte[] digest =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(style.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    String source = "'sha256-" + java.util.Base64.getEncoder().encodeToString(digest) + "'";

    String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(policy).contains("style-src 'self' " + source).contains("script-src 'self'");
    assertThat(policy).doesNotContain("unsafe-inline");
    assertThat(server.get("/").headers().firstValue("Content-Security-Policy").orElseThrow())
        .doesNotContain("sha256-");
  }

  @Test
  void servesTheJsonShapeOfTheSameVersion() {
    var json = TestServer.parse(server.text("/service-names-port-numbers.json", 200));

    assertThat(json.get("format").asText()).isEqualTo("portreg-registry");
    assertThat(json.get("header").get("updated").asText()).isEqualTo("2026-08-17");
    assertThat(json.get("records").size()).isEqualTo(14533);
    assertThat(json.get("people").size()).isEqualTo(5615);
  }

  @Test
  void answersProblemsForUnknownVersions() {
    HttpResponse<byte[]> missing = server.get("/versions/2001-01-01" + XML, "Accept", "*/*");

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    var problem =
        TestServer.parse(
            new String(
                server.get("/versions/2025-13-01" + XML, "Accept", "application/json").body(),
                java.nio.charset.StandardCharsets.UTF_8));
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("detail").asText()).contains("2025-13-01");
  }

  static byte[] gunzip(byte[] bytes) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    }
  }
}
