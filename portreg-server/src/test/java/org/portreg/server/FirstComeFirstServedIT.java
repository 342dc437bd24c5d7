package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portreg.io.Registries;
import org.portreg.model.Transport;
import org.portreg.rules.PortSpace;
import org.portreg.store.Store;
import org.portreg.testing.SharedData;
import org.portreg.workflow.NewUser;
import org.portreg.workflow.PortSelector;
import org.portreg.workflow.Role;

/**
 * First come, first served across processes: two server processes on one PostgreSQL database, 50
 * concurrent submissions for one name (then for one port under 50 names) split over both, to IANA
 * and to the local registry (docs/local.md). Exactly one wins; every other answer is 409 naming the
 * winner.
 */
class FirstComeFirstServedIT {
  private static final String POSTGRES =
      System.getProperty(
          "portreg.test.postgres", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
  private static final int RACERS = 50;
  private static final int APPLICANTS = 5;

  private static String schema;
  private static Store store;
  private static final List<Process> processes = new ArrayList<>();
  private static final List<URI> servers = new ArrayList<>();
  private static final List<String> tokens = new ArrayList<>();
  private static final HttpClient client = HttpClient.newHttpClient();

  @BeforeAll
  static void startTwoServersOnOneDatabase() throws IOException {
    schema = "portreg_fcfs_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute("CREATE SCHEMA " + schema);
    String url = POSTGRES + "&currentSchema=" + schema;
    store = Store.open(url);
    store.importRegistry(Registries.read(SharedData.newestXml()), "newest.xml");
    for (int i = 0; i < APPLICANTS; i++) {
      String name = "racer" + i;
      store
          .accounts()
          .createUser(
              new NewUser(
                  name,
                  name,
                  name + "@example.org",
                  Optional.empty(),
                  Set.of(Role.APPLICANT),
                  Set.of()),
              "test");
      tokens.add(store.accounts().issueToken(name, "race", "test").secret());
    }
    servers.add(startProcess(url));
    servers.add(startProcess(url));
  }

  @AfterAll
  static void stopEverything() {
    for (Process p : processes) {
      p.destroy();
      try {
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    if (store != null) {
      store.close();
    }
    if (schema != null) {
      execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  @Test
  void oneNameRequested50TimesOverTwoServersIsWonOnce() throws Exception {
    String name = "race-" + Long.toString(System.nanoTime() % 1_000_000L, 36);

    assertExactlyOneWinner(race(i -> WorkflowServer.requestJson(name)));
  }

  @Test
  void onePortRequested50TimesUnderDifferentNamesIsWonOnce() throws Exception {
    int port =
        PortSelector.selectPort(
                store.current().orElseThrow(), Set.of(Transport.TCP), PortSpace.USER)
            .orElseThrow();
    String prefix = "port-" + Long.toString(System.nanoTime() % 100_000L, 36) + "-";

    assertExactlyOneWinner(
        race(i -> WorkflowServer.requestJson(prefix + i, String.valueOf(port), "tcp")));
  }

  @Test
  void oneLocalPortRequested50TimesUnderDifferentNamesIsWonOnce() throws Exception {
    String prefix = "lp" + Long.toString(System.nanoTime() % 100_000L, 36) + "-";

    assertExactlyOneWinner(race(i -> localRequest(prefix + i, 31500)));
  }

  @Test
  void oneLocalNameRequested50TimesOverTwoServersIsWonOnce() throws Exception {
    String name = "ln" + Long.toString(System.nanoTime() % 100_000L, 36);

    assertExactlyOneWinner(race(i -> localRequest(name, 32000 + i)));
  }

  /** A local request (docs/local.md) for {@code name} on {@code port}/tcp. */
  private static String localRequest(String name, int port) {
    return "{\"target\": \"local\", \"name\": \""
        + name
        + "\", \"ports\": "
        + port
        + ", \"transports\": [\"tcp\"], \"owner\": \"racers\"}";
  }

  private static void assertExactlyOneWinner(List<HttpResponse<String>> responses) {
    List<HttpResponse<String>> won = responses.stream().filter(r -> r.statusCode() == 201).toList();
    assertThat(won).as("201 answers").hasSize(1);
    long winner = TestServer.parse(won.get(0).body()).get("id").asLong();
    for (HttpResponse<String> r : responses) {
      if (r == won.get(0)) {
        continue;
      }
      assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
      JsonNode problem = TestServer.parse(r.body());
      assertThat(problem.get("detail").asText()).contains("request #" + winner + ",");
    }
    assertThat(responses.stream().map(r -> r.uri().getPort()).distinct().count())
        .as("both servers answered")
        .isEqualTo(2);
  }

  /** Fires {@code RACERS} submissions at once, alternating between the servers. */
  private static List<HttpResponse<String>> race(IntFunction<String> body) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(RACERS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<HttpResponse<String>>> futures = new ArrayList<>();
      for (int i = 0; i < RACERS; i++) {
        HttpRequest request =
            HttpRequest.newBuilder(servers.get(i % 2).resolve("/api/v1/requests"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + tokens.get(i % APPLICANTS))
                .POST(HttpRequest.BodyPublishers.ofString(body.apply(i)))
                .build();
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return client.send(request, HttpResponse.BodyHandlers.ofString());
                }));
      }
      start.countDown();
      List<HttpResponse<String>> responses = new ArrayList<>();
      for (Future<HttpResponse<String>> f : futures) {
        responses.add(f.get(60, TimeUnit.SECONDS));
      }
      return responses;
    } finally {
      pool.shutdownNow();
    }
  }

  private static URI startProcess(String url) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ServerProcess.class.getName(),
                url)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    processes.add(process);
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      if (line.startsWith("listening ")) {
        return URI.create("http://127.0.0.1:" + line.substring("listening ".length()).strip());
      }
    }
    fail("server process " + process.pid() + " ended without listening");
    throw new IllegalStateException();
  }

  private static void execute(String sql) {
    try (Connection c = DriverManager.getConnection(POSTGRES);
        Statement statement = c.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      String message = "PostgreSQL not reachable at " + POSTGRES + ": " + e.getMessage();
      if ("1".equals(System.getenv("PORTREG_REQUIRE_SHARED"))) {
        fail(message + " (PORTREG_REQUIRE_SHARED=1)");
      }
      Assumptions.abort(message);
    }
  }
}
