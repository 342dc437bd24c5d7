package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Request size limits. */
class LimitsTest {
  @Test
  void refusesBodiesOverTheLimitWithAProblem() {
    try (TestServer server =
        new TestServer(InMemoryRegistrySource.of(List.of(TestRegistries.plain("2025-01-01", 1))))) {
      OversizedRequest response =
          OversizedRequest.post(
              server.uri("/api/v1/registry"), ServerOptions.DEFAULT_MAX_REQUEST_BYTES + 1);

      assertThat(response.status()).isEqualTo(413);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
      assertThat(new String(response.body(), StandardCharsets.UTF_8))
          .contains("\"status\" : 413")
          .doesNotContain("jetty");
    }
  }

  /** Sent chunked, without Content-Length, the limit is found while reading: 413 all the same. */
  @Test
  void refusesChunkedBodiesOverTheLimitWithAProblemToo(@TempDir Path folder) {
    try (WorkflowServer w = WorkflowServer.start(folder)) {
      TestServer server = w.server;
      byte[] body = new byte[(int) ServerOptions.DEFAULT_MAX_REQUEST_BYTES + 4096];
      java.util.Arrays.fill(body, (byte) 'a');
      for (String path :
          List.of("/api/v1/requests/validate", "/api/v1/requests", "/api/v1/tokens")) {
        HttpResponse<byte[]> response =
            server.send(
                HttpRequest.newBuilder(server.uri(path))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + w.token("ann"))
                    .POST(
                        HttpRequest.BodyPublishers.ofInputStream(
                            () -> new java.io.ByteArrayInputStream(body)))
                    .build());

        assertThat(response.statusCode()).as(path).isEqualTo(413);
        assertThat(new String(response.body(), StandardCharsets.UTF_8))
            .as(path)
            .contains("413")
            .doesNotContain("Exception");
      }
    }
  }
}
