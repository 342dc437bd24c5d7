package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.server.auth.Authentication;
import org.portreg.server.web.Flash;
import org.portreg.store.WebSession;
import org.portreg.workflow.User;

/**
 * What the workflow page tests share: a real store holding the newest registry and its users (one
 * per test class), a server over it, and HTTP with web sessions opened in the store.
 */
abstract class WorkflowPageTestBase {
  static final AtomicInteger NAMES = new AtomicInteger();

  @TempDir static Path folder;
  static WorkflowFixture fixture;
  static TestServer server;

  @BeforeAll
  static void start() {
    fixture = WorkflowFixture.open(folder);
    server = new TestServer(fixture.start());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (fixture != null) {
      fixture.close();
    }
  }

  static String freshName() {
    return "zz-web-" + NAMES.incrementAndGet();
  }

  static WebSession session(User user) {
    return fixture.store().accounts().openSession(user, Duration.ofHours(1));
  }

  static HttpResponse<byte[]> postAnonymously(String path, String accept) {
    return server.send(
        HttpRequest.newBuilder(server.uri(path))
            .header("Accept", accept)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("reason=x&action=APPROVE"))
            .build());
  }

  static String page(User user, String path, int status) {
    return text(get(session(user), path, null), status);
  }

  static int status(User user, String path) {
    return get(session(user), path, null).statusCode();
  }

  static HttpResponse<byte[]> get(WebSession session, String path, String extraCookie) {
    String cookie = Authentication.SESSION_COOKIE + "=" + session.id();
    return server.get(path, "Cookie", extraCookie == null ? cookie : cookie + "; " + extraCookie);
  }

  static HttpResponse<byte[]> post(WebSession session, String path, List<String> pairs) {
    List<String> all = new ArrayList<>(pairs);
    all.add("_csrf");
    all.add(session.csrfToken());
    return server.send(
        HttpRequest.newBuilder(server.uri(path))
            .header("Cookie", Authentication.SESSION_COOKIE + "=" + session.id())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(all)))
            .build());
  }

  static String encode(List<String> pairs) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i += 2) {
      parts.add(
          URLEncoder.encode(pairs.get(i), StandardCharsets.UTF_8)
              + "="
              + URLEncoder.encode(pairs.get(i + 1), StandardCharsets.UTF_8));
    }
    return parts.stream().collect(Collectors.joining("&"));
  }

  static List<String> validForm(String name) {
    return List.of(
        "serviceName", name,
        "transports", "tcp",
        "portChoice", "any-user",
        "assignee.id", "Alice_Example",
        "assignee.name", "Alice Example",
        "assignee.uri", "alice@example.org",
        "contact.id", "Alice_Example",
        "contact.name", "Alice Example",
        "contact.uri", "alice@example.org",
        "description", "Form test " + name,
        "references", "https://example.org/" + name);
  }

  static String flashOf(HttpResponse<byte[]> response) {
    Optional<String> cookie =
        response.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith(Flash.COOKIE + "="))
            .findFirst();
    String value = cookie.orElseThrow().substring(Flash.COOKIE.length() + 1);
    return java.net.URLDecoder.decode(
        value.substring(0, value.indexOf(';')), StandardCharsets.UTF_8);
  }

  static String text(HttpResponse<byte[]> response, int status) {
    String body = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(response.statusCode()).as("status; body: %s", body).isEqualTo(status);
    return body;
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
