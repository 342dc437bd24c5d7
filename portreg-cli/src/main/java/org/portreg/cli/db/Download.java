package org.portreg.cli.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.portreg.Portreg;
import org.portreg.cli.common.InputLimit;
import org.portreg.error.InvalidInputException;

/** Fetches the bytes behind an {@code http:}, {@code https:} or {@code file:} URL. */
final class Download {
  /** IANA's official registry XML, what {@code update} and an empty {@code serve} download. */
  static final String IANA_XML =
      "https://www.iana.org/assignments/service-names-port-numbers/"
          + "service-names-port-numbers.xml";

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
  private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);

  private Download() {}

  /**
   * The body of {@code url}.
   *
   * @throws UncheckedIOException naming the URL when it cannot be fetched (offline, refused, timed
   *     out, not found, an HTTP status other than 200)
   */
  static byte[] fetch(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!List.of("file", "http", "https").contains(scheme)) {
      throw new InvalidInputException(
          "cannot download "
              + url
              + ": only http:, https: and file: URLs are supported, not '"
              + scheme
              + ":'");
    }
    try {
      return switch (scheme) {
        case "file" -> InputLimit.readFile(Path.of(url));
        case "http", "https" -> fetchHttp(url);
        default -> throw new IOException("only http:, https: and file: URLs can be downloaded");
      };
    } catch (IOException e) {
      throw failure(url, reason(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure(url, "interrupted");
    }
  }

  private static byte[] fetchHttp(URI url) throws IOException, InterruptedException {
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(REQUEST_TIMEOUT)
            .header("User-Agent", "portreg/" + Portreg.version())
            .GET()
            .build();
    HttpResponse<InputStream> response =
        client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw new IOException("HTTP status " + response.statusCode());
      }
      // Read no further than the input limit: a server cannot make the download fill memory.
      return InputLimit.readAll(body, url.toString());
    }
  }

  /** The exception's class and the first message along its causes (the JDK often has none). */
  private static String reason(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        return e.getClass().getSimpleName() + ": " + t.getMessage();
      }
    }
    return e.getClass().getSimpleName();
  }

  private static UncheckedIOException failure(URI url, String reason) {
    String message = "cannot download " + url + " (offline or unreachable?): " + reason;
    return new UncheckedIOException(message, new IOException(reason));
  }
}
