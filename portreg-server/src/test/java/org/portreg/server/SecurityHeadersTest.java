package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portreg.server.http.SecurityHeaders;

/**
 * A page answered by Javalin, an error Jetty raises itself and a lookup answered by the fast path
 * all carry the same security headers, from the one definition in {@link SecurityHeaders}.
 */
class SecurityHeadersTest {
  private static final List<String> NAMES =
      List.of(
          "Content-Security-Policy",
          "X-Content-Type-Options",
          "Referrer-Policy",
          "X-Frame-Options",
          "Strict-Transport-Security");

  private static TestServer server;

  @BeforeAll
  static void start() {
    server =
        new TestServer(InMemoryRegistrySource.of(List.of(TestRegistries.plain("2025-01-01", 3))));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aPageAJettyErrorAndTheFastPathSendTheSameSecurityHeaders() {
    HttpResponse<byte[]> page = server.get("/");
    HttpResponse<byte[]> jettyError =
        server.send(
            HttpRequest.newBuilder(server.uri("/api/v1/registry"))
                .POST(
                    HttpRequest.BodyPublishers.ofByteArray(
                        new byte[(int) ServerOptions.DEFAULT_MAX_REQUEST_BYTES + 1]))
                .build());
    HttpResponse<byte[]> lookup = server.get("/api/v1/ports/1001/tcp");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(jettyError.statusCode()).isEqualTo(413);
    assertThat(lookup.statusCode()).isEqualTo(200);
    assertThat(securityHeaders(page))
        .isEqualTo(SecurityHeaders.ALWAYS)
        .isEqualTo(securityHeaders(jettyError))
        .isEqualTo(securityHeaders(lookup));
  }

  private static Map<String, String> securityHeaders(HttpResponse<byte[]> response) {
    Map<String, String> found = new LinkedHashMap<>();
    for (String name : NAMES) {
      List<String> values = response.headers().allValues(name);
      if (!values.isEmpty()) {
        found.put(name, String.join(", ", values));
      }
    }
    return found;
  }
}
