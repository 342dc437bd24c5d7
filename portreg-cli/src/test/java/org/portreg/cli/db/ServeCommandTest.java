package org.portreg.cli.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.cli.CliRun;

class ServeCommandTest {
  private static final String REGISTRY =
      "<?xml version='1.0' encoding='UTF-8'?>\n"
          + "<registry xmlns=\"http://www.iana.org/assignments\" id=\"service-names-port-numbers\">\n"
          + "  <title>Serve Test Registry</title>\n  <category>Ports</category>\n"
          + "  <updated>2025-03-04</updated>\n"
          + "  <record>\n    <name>http</name>\n    <protocol>tcp</protocol>\n"
          + "    <description>World Wide Web HTTP</description>\n    <number>80</number>\n"
          + "  </record>\n</registry>\n";

  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(String... args) {
    return CliRun.run(args, out, new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void refusesToCombineAFileWithTheDatabase() {
    assertThat(run("serve", "--db", "jdbc:sqlite:portreg.db", "--registry", "r.xml")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("does not combine with --db");
  }

  @Test
  void aTakenPortIsOneLineNamingItExit74(@TempDir Path dir) throws Exception {
    Path registry = Files.writeString(dir.resolve("registry.xml"), REGISTRY);
    try (java.net.ServerSocket taken =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();

      // A bound for a failure that would otherwise serve forever, not a speed requirement.
      int code =
          assertTimeoutPreemptively(
              Duration.ofMinutes(2),
              () ->
                  run("serve", "--port", String.valueOf(port), "--registry", registry.toString()));

      assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(74);
      assertThat(err.toString(StandardCharsets.UTF_8).lines())
          .containsExactly(
              "portreg: cannot listen on 127.0.0.1:"
                  + port
                  + ": the address is already in use or not available here");
    }
  }

  @Test
  void anUnusableDatabaseIsOneLineExit74(@TempDir Path dir) throws IOException {
    Path notADatabase =
        Files.writeString(dir.resolve("portreg.db"), "not a database\n".repeat(100));
    String db = "jdbc:sqlite:" + notADatabase;

    int code =
        assertTimeoutPreemptively(
            Duration.ofMinutes(2), () -> run("serve", "--port", "0", "--db", db));

    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(74);
    assertThat(err.toString(StandardCharsets.UTF_8).lines())
        .hasSize(1)
        .allMatch(l -> l.startsWith("portreg: cannot open the database " + db + ": "));
  }

  @Test
  void importsIntoAnEmptyStoreThenServesIt(@TempDir Path dir) throws Exception {
    Path registry = Files.writeString(dir.resolve("registry.xml"), REGISTRY);
    Path log = dir.resolve("stderr.txt");
    String db = "jdbc:sqlite:" + dir.resolve("portreg.db");
    Process process = startServe(log, "--port", "0", "--db", db, "--import", registry.toString());
    try {
      int port = awaitPort(log, process);
      HttpResponse<String> lookup = get(port, "/api/v1/ports/80/tcp");

      assertThat(lookup.statusCode()).isEqualTo(200);
      assertThat(lookup.body()).contains("\"status\":\"assigned\"").contains("\"http\"");
      assertThat(Files.readString(log)).contains("portreg: imported 2025-03-04 from");
    } finally {
      process.destroy();
    }
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(run("db", "versions", "--db", db)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("2025-03-04");
  }

  @Test
  void refusesMailOptionsThatDoNotFit(@TempDir Path dir) {
    String db = "jdbc:sqlite:" + dir.resolve("mail.db");
    assertThat(run("serve", "--registry", "r.xml", "--smtp", "smtp://m.example")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("or mail options");
    err.reset();
    assertThat(run("serve", "--port", "0", "--db", db, "--mail-from", "a@b.example")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("need --smtp");
    err.reset();
    assertThat(run("serve", "--port", "0", "--db", db, "--smtp", "smtp://m.example")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--smtp needs --mail-from");
    err.reset();
    assertThat(
            run(
                "serve",
                "--port",
                "0",
                "--db",
                db,
                "--smtp",
                "ftp://u:secret@m.example",
                "--mail-from",
                "a@b.example"))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("smtp must be smtp://")
        .contains("u:***@m.example")
        .doesNotContain("secret");
  }

  @Test
  void refusesATrustedProxyThatIsNotAnAddressRange(@TempDir Path dir) throws IOException {
    Path registry = dir.resolve("r.xml");
    Files.writeString(registry, REGISTRY);
    assertThat(
            run(
                "serve",
                "--port",
                "0",
                "--registry",
                registry.toString(),
                "--trusted-proxy",
                "proxy.internal"))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--trusted-proxy")
        .contains("proxy.internal");
  }

  @Test
  void refusesAPortOutOfRange() {
    assertThat(run("serve", "--port", "70000")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--port must be in 0..65535");
  }

  @Test
  void reportsAMissingRegistryFileBeforeListening(@TempDir Path dir) {
    Path missing = dir.resolve("missing.xml");

    assertThat(run("serve", "--port", "0", "--registry", missing.toString())).isEqualTo(74);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.xml");
  }

  @Test
  void servesUntilTerminatedThenStopsGracefully(@TempDir Path dir) throws Exception {
    Path registry = Files.writeString(dir.resolve("registry.xml"), REGISTRY);
    Path log = dir.resolve("stderr.txt");
    Process process = startServe(log, "--port", "0", "--registry", registry.toString());
    try {
      int port = awaitPort(log, process);
      HttpResponse<String> health = get(port, "/healthz");

      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"updated\" : \"2025-03-04\"");
    } finally {
      process.destroy(); // SIGTERM
    }
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(Files.readString(log)).contains("portreg: stopped");
  }

  private static Process startServe(Path log, String... args) throws IOException {
    return ServeProcess.start(log, args);
  }

  private static int awaitPort(Path log, Process process) throws Exception {
    return ServeProcess.awaitPort(log, process);
  }

  private static HttpResponse<String> get(int port, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
