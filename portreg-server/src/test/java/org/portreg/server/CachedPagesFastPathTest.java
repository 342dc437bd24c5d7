package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.portreg.testing.SharedData;

/**
 * The search API and the registry page, once rendered, are answered before Javalin (issue 12) with
 * the same status, headers and body Javalin's route gives, plain or gzipped, on the real registry;
 * and a reader with a cookie or a token still gets Javalin's own answer.
 */
class CachedPagesFastPathTest {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = new TestServer(InMemoryRegistrySource.read(List.of(SharedData.newestXml())));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/records?search=https",
        "/api/v1/records?search=http+alt",
        "/api/v1/records?search=tcp&page=2",
        "/api/v1/records",
        "/?search=https",
        "/?search=port:443",
        "/"
      })
  void theSecondAnswerIsTheFirstAgainPlainAndGzipped(String path) throws IOException {
    HttpResponse<byte[]> first = server.get(path);
    HttpResponse<byte[]> second = server.get(path);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(headers(second)).isEqualTo(headers(first));

    HttpResponse<byte[]> zipped = server.get(path, "Accept-Encoding", "gzip");
    HttpResponse<byte[]> zippedAgain = server.get(path, "Accept-Encoding", "gzip");
    assertThat(zippedAgain.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(gunzip(zippedAgain.body())).isEqualTo(first.body());
    assertThat(gunzip(zipped.body())).isEqualTo(first.body());
    // A cookie makes the route answer: its gzipped answer has the same headers.
    HttpResponse<byte[]> route =
        server.get(path, "Accept-Encoding", "gzip", "Cookie", "unrelated=1");
    assertThat(gunzip(route.body())).isEqualTo(first.body());
    assertThat(headers(zippedAgain)).isEqualTo(headers(route));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/records?search=name:z*", "/?search=name:z*"})
  void aReaderWithACookieOrATokenIsAnsweredByTheRoute(String path) {
    HttpResponse<byte[]> anonymous = server.get(path);
    server.get(path);
    HttpResponse<byte[]> withCookie = server.get(path, "Cookie", "unrelated=1");
    HttpResponse<byte[]> withToken = server.get(path, "Authorization", "Bearer not-a-token");

    assertThat(withCookie.statusCode()).isEqualTo(200);
    assertThat(withCookie.body()).isEqualTo(anonymous.body());
    assertThat(withToken.statusCode()).isEqualTo(401);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/records?search=https&page=0",
        "/api/v1/records?search=https&page=x",
        "/api/v1/records?search=name:(",
        "/?search=https&search=ssh"
      })
  void whatTheRouteRefusesOrReadsItsOwnWayIsNeverCached(String path) {
    HttpResponse<byte[]> first = server.get(path);
    HttpResponse<byte[]> second = server.get(path);
    assertThat(second.statusCode()).isEqualTo(first.statusCode());
    assertThat(second.body()).isEqualTo(first.body());
  }

  /** Every header but Date and the transfer framing (Javalin streams what it compresses). */
  private static Map<String, List<String>> headers(HttpResponse<byte[]> response) {
    Map<String, List<String>> kept = new TreeMap<>(response.headers().map());
    kept.remove("date");
    kept.remove("content-length");
    kept.remove("transfer-encoding");
    return kept;
  }

  private static byte[] gunzip(byte[] body) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return in.readAllBytes();
    }
  }
}
