package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
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
    OversizedRequest jettyError =
        OversizedRequest.post(
            server.uri("/api/v1/registry"), ServerOptions.DEFAULT_MAX_REQUEST_BYTES + 1);
    HttpResponse<byte[]> lookup = server.get("/api/v1/ports/1001/tcp");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(jettyError.status()).isEqualTo(413);
    assertThat(lookup.statusCode()).isEqualTo(200);
    assertThat(securityHeaders(page.headers()))
        .isEqualTo(SecurityHeaders.ALWAYS)
        .isEqualTo(securityHeaders(jettyError.headers()))
        .isEqualTo(securityHeaders(lookup.headers()));
  }

  private static Map<String, String> securityHeaders(HttpHeaders headers) {
    Map<String, String> found = new LinkedHashMap<>();
    for (String name : NAMES) {
      List<String> values = headers.allValues(name);
      if (!values.isEmpty()) {
        found.put(name, String.join(", ", values));
      }
    }
    return found;
  }
}
