package org.portreg.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.portreg.io.Registries;
import org.portreg.model.Transport;
import org.portreg.server.spi.RateLimit;
import org.portreg.store.Store;
import org.portreg.testing.SharedData;
import org.portreg.workflow.NewUser;
import org.portreg.workflow.Role;

/**
 * A server over a SQLite store holding the newest real registry and one user of each kind, each
 * with an API token: {@code ann} and {@code otto} (applicants), {@code eve} (expert for tcp and
 * udp), {@code sam} (expert for sctp), {@code ada} (administrator). Start one per test class.
 */
final class WorkflowServer implements AutoCloseable {
  static final String PASSWORD = "correct horse battery";
  static final List<String> USERS = List.of("ann", "otto", "eve", "sam", "ada");
  private static final AtomicInteger NAMES = new AtomicInteger();

  final Store store;
  final TestServer server;
  private final Map<String, String> tokens = new LinkedHashMap<>();

  private WorkflowServer(Store store, ServerOptions options) {
    this.store = store;
    this.server = new TestServer(StoreRegistrySource.of(store, Duration.ZERO), options, store);
  }

  /** Imports the newest real registry into a new store in {@code folder} and starts a server. */
  static WorkflowServer start(Path folder, ServerOptions options) {
    return start(folder, options, List.of());
  }

  /** As {@link #start(Path, ServerOptions)}, with {@code older} versions imported first. */
  static WorkflowServer start(Path folder, ServerOptions options, List<Path> older) {
    Store store = Store.open("jdbc:sqlite:" + folder.resolve("portreg.db"));
    older.forEach(
        file -> store.importRegistry(Registries.read(file), file.getFileName().toString()));
    store.importRegistry(Registries.read(SharedData.newestXml()), "newest.xml");
    WorkflowServer started = new WorkflowServer(store, options);
    started.addUser("ann", Set.of(Role.APPLICANT), Set.of());
    started.addUser("otto", Set.of(Role.APPLICANT), Set.of());
    started.addUser("eve", Set.of(Role.EXPERT), Set.of(Transport.TCP, Transport.UDP));
    started.addUser("sam", Set.of(Role.EXPERT), Set.of(Transport.SCTP));
    started.addUser("ada", Set.of(Role.ADMIN), Set.of());
    return started;
  }

  /** With limits high enough that only the rate-limit test meets them. */
  static WorkflowServer start(Path folder) {
    return start(
        folder,
        ServerOptions.defaults()
            .withRateLimits(new RateLimit(100_000, 10_000), new RateLimit(100_000, 10_000)));
  }

  void addUser(String name, Set<Role> roles, Set<Transport> expertFor) {
    NewUser user =
        new NewUser(
            name,
            name.toUpperCase(java.util.Locale.ROOT),
            name + "@example.org",
            Optional.of(PASSWORD),
            roles,
            expertFor);
    store.accounts().createUser(user, "test");
    tokens.put(name, store.accounts().issueToken(name, "test", "test").secret());
  }

  /** The API token of a user. */
  String token(String user) {
    return tokens.get(user);
  }

  /** A service name no other test uses, free in the real registry. */
  static String freshName() {
    return "zz-api-" + NAMES.incrementAndGet() + "-" + (System.nanoTime() % 10_000);
  }

  /** A valid request JSON for {@code name} on tcp, on any User port. */
  static String requestJson(String name) {
    return requestJson(name, "\"any-user\"", "tcp");
  }

  /**
   * A request JSON for {@code name} with a port ({@code 4711}, {@code "any-user"}, {@code null}).
   */
  static String requestJson(String name, String port, String transport) {
    return """
        {"serviceName": "%s", "transports": ["%s"],
         "assignee": {"id": "Ann_Example", "name": "Ann Example", "uri": "ann@example.org"},
         "contact": {"id": "Ann_Example", "name": "Ann Example", "uri": "ann@example.org"},
         "description": "Test service %s",
         "references": [{"type": "uri", "data": "https://example.org/%s"}],
         "port": %s}
        """
        .formatted(name, transport, name, name, port);
  }

  /** A request with the user's token ({@code null}: no credentials). */
  HttpResponse<byte[]> send(String method, String path, String json, String user) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri(path))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (user != null) {
      request.header("Authorization", "Bearer " + token(user));
    }
    return server.send(request.build());
  }

  /** POST JSON as {@code user}. */
  HttpResponse<byte[]> post(String path, String json, String user) {
    return send("POST", path, json, user);
  }

  /** GET as {@code user} ({@code null}: anonymous). */
  HttpResponse<byte[]> get(String path, String user) {
    return send("GET", path, null, user);
  }

  static JsonNode json(HttpResponse<byte[]> response) {
    return TestServer.parse(new String(response.body(), StandardCharsets.UTF_8));
  }

  static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  /** Submits a fresh request as ann and answers its id. */
  long submit(String name) {
    HttpResponse<byte[]> response = post("/api/v1/requests", requestJson(name), "ann");
    if (response.statusCode() != 201) {
      throw new AssertionError("submit answered " + response.statusCode() + ": " + text(response));
    }
    return json(response).get("id").asLong();
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
