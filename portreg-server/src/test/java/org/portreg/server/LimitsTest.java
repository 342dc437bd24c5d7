package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Request size limits. */
class LimitsTest {
  @Test
  void refusesBodiesOverTheLimitWithAProblem() {
    try (TestServer server =
        new TestServer(InMemoryRegistrySource.of(List.of(TestRegistries.plain("2025-01-01", 1))))) {
      byte[] body = new byte[(int) ServerOptions.DEFAULT_MAX_REQUEST_BYTES + 1];
      HttpResponse<byte[]> response =
          server.send(
              HttpRequest.newBuilder(server.uri("/api/v1/registry"))
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                  .build());

      assertThat(response.statusCode()).isEqualTo(413);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
      assertThat(new String(response.body(), StandardCharsets.UTF_8))
          .contains("\"status\" : 413")
          .doesNotContain("jetty");
    }
  }
}
