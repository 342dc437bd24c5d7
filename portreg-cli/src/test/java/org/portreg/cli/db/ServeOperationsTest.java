package org.portreg.cli.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.io.Registries;
import org.portreg.store.Store;
import org.portreg.testing.SharedData;

/**
 * {@code portreg serve} as a service (issue 13), as a real process: the access log, the log line
 * when another process imports a newer version, and SIGTERM finishing what is in flight.
 */
class ServeOperationsTest {
  private static final Pattern LINE =
      Pattern.compile(
          "(?m)^\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z GET /api/v1/ports/443/tcp 200 \\d+ [\\d.]+ms$");

  @TempDir Path dir;

  private static int get(int port, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Test
  void theAccessLogHasALinePerRequestOnStandardErrorOrInItsFileOrNowhere() throws Exception {
    String registry = SharedData.newestXml().toString();
    Path stderr = dir.resolve("stderr.txt");
    Path file = dir.resolve("access.log");
    Process toStderr = ServeProcess.start(stderr, "--port", "0", "--registry", registry);
    Process toFile =
        ServeProcess.start(
            dir.resolve("file-stderr.txt"),
            "--port",
            "0",
            "--registry",
            registry,
            "--access-log",
            file.toString());
    Process off =
        ServeProcess.start(
            dir.resolve("off.txt"), "--port", "0", "--registry", registry, "--access-log", "off");
    try {
      int a = ServeProcess.awaitPort(stderr, toStderr);
      int b = ServeProcess.awaitPort(dir.resolve("file-stderr.txt"), toFile);
      int c = ServeProcess.awaitPort(dir.resolve("off.txt"), off);
      assertThat(get(a, "/api/v1/ports/443/tcp")).isEqualTo(200); // the Jetty fast path
      assertThat(get(a, "/no-such-page")).isEqualTo(404);
      assertThat(get(b, "/api/v1/ports/443/tcp")).isEqualTo(200);
      assertThat(get(c, "/api/v1/ports/443/tcp")).isEqualTo(200);

      String log = ServeProcess.awaitLog(stderr, toStderr, LINE);
      assertThat(log).containsPattern("(?m) GET /no-such-page 404 \\d+ [\\d.]+ms$");
      assertThat(ServeProcess.awaitLog(file, toFile, LINE)).doesNotContain("serving on");
      assertThat(Files.readString(dir.resolve("off.txt"))).doesNotContainPattern(LINE);
    } finally {
      toStderr.destroy();
      toFile.destroy();
      off.destroy();
    }
    assertThat(toStderr.waitFor(2, TimeUnit.MINUTES)).isTrue();
  }

  @Test
  void aVersionImportedByAnotherProcessIsPickedUpAndSaidSo() throws Exception {
    String db = "jdbc:sqlite:" + dir.resolve("portreg.db");
    try (Store store = Store.open(db)) {
      store.importRegistry(Registries.read(SharedData.history("2026-03-18")), "first.xml");
    }
    Path log = dir.resolve("stderr.txt");
    Process serve = ServeProcess.start(log, "--port", "0", "--db", db, "--poll", "0");
    try {
      int port = ServeProcess.awaitPort(log, serve);
      assertThat(get(port, "/healthz")).isEqualTo(200);
      ServeProcess.awaitLog(log, serve, Pattern.compile("serving registry 2026-03-18"));
      try (Store other = Store.open(db)) {
        other.importRegistry(Registries.read(SharedData.history("2026-03-27")), "second.xml");
      }
      assertThat(get(port, "/healthz")).isEqualTo(200);
      ServeProcess.awaitLog(
          log,
          serve,
          Pattern.compile("picked up registry 2026-03-27 \\(\\d+ records, second.xml\\)"));
    } finally {
      serve.destroy();
    }
    assertThat(serve.waitFor(2, TimeUnit.MINUTES)).isTrue();
  }

  /** SIGTERM while a download is being read: it is finished, then the server stops. */
  @Test
  void sigtermFinishesTheDownloadInFlightThenStops() throws Exception {
    Path log = dir.resolve("stderr.txt");
    Process serve = serveNewestRegistry(log);
    int port = ServeProcess.awaitPort(log, serve);
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setReceiveBufferSize(4096);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET /service-names-port-numbers.xml HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  + "Connection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] first = in.readNBytes(16 * 1024);
      assertThat(new String(first, StandardCharsets.ISO_8859_1)).startsWith("HTTP/1.1 200");

      serve.destroy(); // SIGTERM, with most of the 5 MB download still to be read
      byte[] rest = in.readAllBytes();

      String all =
          new String(first, StandardCharsets.ISO_8859_1)
              + new String(rest, StandardCharsets.ISO_8859_1);
      assertThat(all).endsWith("</registry>\n");
    }
    assertThat(serve.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(Files.readString(log)).contains("portreg: stopped");
  }

  /**
   * SIGTERM while eight clients search as hard as the query limits allow (16 stars per pattern,
   * every query new, so nothing is answered from a cache): the server stops within its 5 s stop
   * timeout. Before the glob was linear, one such search held a thread for minutes and SIGTERM did
   * not stop the server (issue 14). The bound asserted is generous for a loaded machine; the time
   * taken is printed.
   */
  @Test
  void sigtermStopsAServerUnderASearchLoad() throws Exception {
    Path log = dir.resolve("stderr.txt");
    Process serve = serveNewestRegistry(log);
    int port = ServeProcess.awaitPort(log, serve);
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger answered = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(8);
    for (int c = 0; c < 8; c++) {
      int client = c;
      clients.execute(
          () -> {
            HttpClient http = HttpClient.newHttpClient();
            for (int n = 0; !stop.get(); n++) {
              String query = "name:" + "*a".repeat(15) + "*" + client + "x" + n;
              try {
                http.send(
                    HttpRequest.newBuilder(
                            URI.create(
                                "http://127.0.0.1:" + port + "/api/v1/records?search=" + query))
                        .build(),
                    HttpResponse.BodyHandlers.discarding());
                answered.incrementAndGet();
              } catch (Exception e) {
                return; // the server is going
              }
            }
          });
    }
    try {
      long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      while (answered.get() < 40 && System.nanoTime() < until) {
        Thread.sleep(50);
      }
      assertThat(answered.get()).as("searches answered before SIGTERM").isGreaterThanOrEqualTo(40);
      long start = System.nanoTime();
      serve.destroy(); // SIGTERM
      assertThat(serve.waitFor(30, TimeUnit.SECONDS)).as("stopped").isTrue();
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      System.out.println("serve stopped " + millis + " ms after SIGTERM, under a search load");
      assertThat(Files.readString(log)).contains("portreg: stopped");
    } finally {
      stop.set(true);
      clients.shutdownNow();
      serve.destroyForcibly();
    }
  }

  /** {@code serve} of the newest registry file on a free port, without an access log. */
  private static Process serveNewestRegistry(Path log) throws java.io.IOException {
    return ServeProcess.start(
        log, "--port", "0", "--registry", SharedData.newestXml().toString(), "--access-log", "off");
  }
}
