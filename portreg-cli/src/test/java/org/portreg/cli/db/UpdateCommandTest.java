package org.portreg.cli.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.cli.CliRun;
import org.portreg.cli.common.ExitCodes;
import org.portreg.format.SourceText;
import org.portreg.testing.SharedData;

/** {@code portreg update} against a real HTTP server on 127.0.0.1 and an unreachable port. */
class UpdateCommandTest {
  @TempDir Path folder;
  HttpServer server;
  ByteArrayOutputStream out;
  ByteArrayOutputStream err;
  String db;

  @BeforeEach
  void startServer() throws IOException {
    db = "jdbc:sqlite:" + folder.resolve("portreg.db");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    serve("/newest.xml", 200, SharedData.bytes(SharedData.newestXml()));
    Path older = SharedData.history("2026-08-11");
    serve("/older.xml", 200, SourceText.gunzipIfNeeded(SharedData.bytes(older), "older"));
    serve("/missing.xml", 404, "not here".getBytes(StandardCharsets.UTF_8));
    serve(
        "/page.html",
        200,
        "<!DOCTYPE html><html>maintenance</html>".getBytes(StandardCharsets.UTF_8));
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private void serve(String path, int status, byte[] body) {
    server.createContext(
        path,
        exchange -> {
          exchange.sendResponseHeaders(status, body.length);
          try (OutputStream response = exchange.getResponseBody()) {
            response.write(body);
          }
        });
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  int run(String... args) {
    out = new ByteArrayOutputStream();
    err = new ByteArrayOutputStream();
    return CliRun.run(args, out, new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  String versions() {
    run("db", "versions", "--db", db);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void downloadsChecksAndImportsTheRegistry() {
    assertThat(run("update", "--db", db, "--url", url("/newest.xml"))).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("updated to 2026-08-17 (14533 records) from " + url("/newest.xml"));

    assertThat(run("update", "--db", db, "--url", url("/newest.xml"))).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("already up to date: 2026-08-17");
  }

  @Test
  void readsFileUrls() {
    String file = SharedData.newestXml().toUri().toString();

    assertThat(run("update", "--db", db, "--url", file)).isZero();
    assertThat(versions()).startsWith("2026-08-17   14533");
  }

  @Test
  void anUnreachableServerExits74AndChangesNothing() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }

    assertThat(run("update", "--db", db, "--url", "http://127.0.0.1:" + port + "/x.xml"))
        .isEqualTo(ExitCodes.IO);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("cannot download http://127.0.0.1:" + port + "/x.xml (offline or unreachable?)");
    assertThat(versions()).isEmpty();
  }

  @Test
  void anHttpErrorExits74() {
    assertThat(run("update", "--db", db, "--url", url("/missing.xml"))).isEqualTo(ExitCodes.IO);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("HTTP status 404");
  }

  @Test
  void aDownloadThatIsNotARegistryIsBadDataExits65AndChangesNothing() {
    assertThat(run("update", "--db", db, "--url", url("/page.html"))).isEqualTo(ExitCodes.DATA);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains(url("/page.html") + ":")
        .contains("is not a valid registry")
        .contains("nothing changed");
    assertThat(versions()).isEmpty();
  }

  @Test
  void aTruncatedDownloadIsBadDataExits65() throws IOException {
    byte[] whole = java.nio.file.Files.readAllBytes(SharedData.newestXml());
    java.nio.file.Path cut = java.nio.file.Files.createTempFile("truncated", ".xml");
    java.nio.file.Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));

    assertThat(run("update", "--db", db, "--url", cut.toUri().toString()))
        .isEqualTo(ExitCodes.DATA);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("nothing changed");
    assertThat(versions()).isEmpty();
    java.nio.file.Files.delete(cut);
  }

  @Test
  void anUnsupportedSchemeIsAUsageErrorNotAnOutage() {
    assertThat(run("update", "--db", db, "--url", "ftp://x/registry.xml"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("only http:, https: and file: URLs are supported, not 'ftp:'")
        .doesNotContain("offline");
  }

  @Test
  void refusesADownloadOlderThanTheNewestStored() {
    run("update", "--db", db, "--url", url("/newest.xml"));

    assertThat(run("update", "--db", db, "--url", url("/older.xml"))).isEqualTo(ExitCodes.IO);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("is dated 2026-08-11, older than the newest stored version 2026-08-17");
    assertThat(versions().lines()).hasSize(1);
  }
}
