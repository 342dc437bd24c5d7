package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.portreg.server.spi.RegistrySource;

/** A real server on a free loopback port, driven through the JDK's HTTP client. */
final class TestServer implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  private final RegistryServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  TestServer(RegistrySource source) {
    this(source, ServerOptions.defaults());
  }

  TestServer(RegistrySource source, ServerOptions options) {
    this(RegistryServer.start(options.withAddress("127.0.0.1", 0), source));
  }

  /** Drives {@code server}, and closes it on {@link #close()}. */
  TestServer(RegistryServer server) {
    this.server = server;
  }

  /** A server over {@code source} with the users and requests of {@code store}. */
  TestServer(RegistrySource source, ServerOptions options, org.portreg.store.Store store) {
    this.server = RegistryServer.start(options.withAddress("127.0.0.1", 0), source, store);
  }

  /** Every route of the server, as {@code METHOD /path}. */
  java.util.List<String> routes() {
    return server.routes();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  /** GET with header name/value pairs. */
  HttpResponse<byte[]> get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.build());
  }

  /**
   * Sends {@code request}; every HTML answer, whatever its status, must pass {@link HtmlChecks}, so
   * each page a test reaches is validated in the state the test made.
   */
  HttpResponse<byte[]> send(HttpRequest request) {
    try {
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")
          && !request.method().equals("HEAD")) {
        HtmlChecks.check(
            request.method() + " " + request.uri().getPath() + " (" + response.statusCode() + ")",
            new String(decoded(response), StandardCharsets.UTF_8));
      }
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The body, gunzipped when the answer says it is gzip. */
  private static byte[] decoded(HttpResponse<byte[]> response) throws IOException {
    if (!response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
      return response.body();
    }
    try (var in =
        new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))) {
      return in.readAllBytes();
    }
  }

  /** GET that must answer {@code status}; the body as text. */
  String text(String path, int status) {
    HttpResponse<byte[]> response = get(path);
    assertThat(response.statusCode()).as("status of %s", path).isEqualTo(status);
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  /** GET that must answer {@code status} with JSON; the parsed body. */
  JsonNode json(String path, int status) {
    return parse(text(path, status));
  }

  static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
