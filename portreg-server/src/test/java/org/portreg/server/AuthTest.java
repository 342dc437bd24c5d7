package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portreg.server.WorkflowServer.freshName;
import static org.portreg.server.WorkflowServer.json;
import static org.portreg.server.WorkflowServer.requestJson;
import static org.portreg.server.WorkflowServer.text;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.server.auth.Authentication;
import org.portreg.server.http.SecurityHeaders;
import org.portreg.server.spi.RateLimit;
import org.portreg.server.spi.TrustedProxies;
import org.portreg.server.web.Access;
import org.portreg.server.web.SignIn;

/** Sign-in, sessions in the store, CSRF, API tokens, rate and size limits, on a real server. */
class AuthTest {
  private static WorkflowServer w;

  @BeforeAll
  static void start(@TempDir Path folder) {
    w =
        WorkflowServer.start(
            folder,
            ServerOptions.defaults()
                .withRateLimits(new RateLimit(100_000, 10_000), new RateLimit(3, 3)));
  }

  @AfterAll
  static void stop() {
    w.close();
  }

  @Test
  void signsInIntoASessionInTheStoreAndSignsOutOfIt() {
    HttpResponse<byte[]> signedIn = signIn("eve", WorkflowServer.PASSWORD, "/requests/mine");

    assertThat(signedIn.statusCode()).isEqualTo(303);
    assertThat(signedIn.headers().firstValue("Location")).contains("/requests/mine");
    String setCookie = cookieHeader(signedIn, Authentication.SESSION_COOKIE);
    assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    assertThat(setCookie).contains("Path=/").doesNotContain("Secure");
    String session = cookieValue(setCookie);
    String csrf = w.store.accounts().session(session).orElseThrow().csrfToken();

    HttpResponse<byte[]> out = form("/logout", "_csrf=" + csrf, "portreg_session=" + session);

    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(w.store.accounts().session(session)).isEmpty();
  }

  @Test
  void behindATlsProxyCookiesAreSecureAndResponsesCarryHsts() {
    try (TestServer https =
        new TestServer(
            StoreRegistrySource.of(w.store, java.time.Duration.ZERO),
            ServerOptions.defaults().withHttpsOnly(true),
            w.store)) {
      HttpResponse<byte[]> page = https.get("/login");
      assertThat(page.headers().firstValue("Strict-Transport-Security"))
          .contains(SecurityHeaders.HSTS);
      assertThat(page.headers().allValues("Set-Cookie"))
          .anySatisfy(c -> assertThat(c).startsWith(SignIn.LOGIN_COOKIE).contains("Secure"));
    }
    assertThat(w.server.get("/login").headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  @Test
  void anAnonymousLogoutFromAnotherSiteClearsNoCookie() {
    // SameSite=Lax keeps the session cookie off a cross-site POST: the request arrives anonymous.
    HttpResponse<byte[]> out = form("/logout", "", "");

    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(out.headers().allValues("Set-Cookie"))
        .noneMatch(c -> c.startsWith(Authentication.SESSION_COOKIE));
  }

  @Test
  void localRedirectsRefuseWhatBrowsersReadAsAnotherHost() {
    assertThat(Access.localPath("/requests/12", "/")).isEqualTo("/requests/12");
    for (String offSite :
        new String[] {
          "//evil.example",
          "/\\evil.example",
          "/\t/evil.example",
          "https://evil.example",
          "evil.example"
        }) {
      assertThat(Access.localPath(offSite, "/fallback")).as(offSite).isEqualTo("/fallback");
    }
  }

  @Test
  void aWrongPasswordShowsTheFormAgainWith401() {
    HttpResponse<byte[]> response = signIn("ann", "not the password", "/");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(text(response)).contains("Wrong username or password.");
    assertThat(response.headers().allValues("Set-Cookie"))
        .noneMatch(c -> c.startsWith(Authentication.SESSION_COOKIE));
  }

  @Test
  void refusesToRedirectOffSite() {
    HttpResponse<byte[]> response = signIn("sam", WorkflowServer.PASSWORD, "//evil.example/x");

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(response.headers().firstValue("Location")).contains("/");
  }

  @Test
  void aSignInWithoutTheLoginCookieIsRefused() {
    HttpResponse<byte[]> response =
        form("/login", "username=ada&password=" + enc(WorkflowServer.PASSWORD) + "&_csrf=x", "");

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void aLoginCookieAndFieldThatAgreeButWereNotSignedByTheServerAreRefused() {
    HttpResponse<byte[]> genuine = w.server.get("/login");
    String[] parts = cookieValue(cookieHeader(genuine, SignIn.LOGIN_COOKIE)).split("\\.");
    for (String forged :
        List.of(
            "made-up-by-someone-who-can-set-cookies",
            String.join(".", parts[0], "9999999999", parts[2], parts[3]))) {
      HttpResponse<byte[]> response =
          form(
              "/login",
              "username=ada&password=" + enc(WorkflowServer.PASSWORD) + "&_csrf=" + enc(forged),
              SignIn.LOGIN_COOKIE + "=" + forged);

      assertThat(response.statusCode()).as(forged).isEqualTo(403);
      assertThat(text(response)).contains("sign in again").contains("value=\"ada\"");
      assertThat(cookieHeader(response, SignIn.LOGIN_COOKIE)).isNotEmpty();
      assertThat(response.headers().allValues("Set-Cookie"))
          .noneMatch(c -> c.startsWith("portreg_session="));
    }
  }

  @Test
  void aSignInFormFromOneInstanceSignsInOnAnotherOnTheSameDatabase() {
    HttpResponse<byte[]> page = w.server.get("/login");
    String token = cookieValue(cookieHeader(page, SignIn.LOGIN_COOKIE));
    try (org.portreg.store.Store store = org.portreg.store.Store.open(w.store.url());
        TestServer other =
            new TestServer(
                StoreRegistrySource.of(store, java.time.Duration.ZERO),
                ServerOptions.defaults(),
                store)) {
      HttpResponse<byte[]> response =
          other.send(
              HttpRequest.newBuilder(other.uri("/login"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("Cookie", SignIn.LOGIN_COOKIE + "=" + token)
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "username=sam&password="
                              + enc(WorkflowServer.PASSWORD)
                              + "&next=%2F&_csrf="
                              + enc(token)))
                  .build());

      assertThat(response.statusCode()).isEqualTo(303);
      assertThat(cookieHeader(response, "portreg_session")).isNotEmpty();
    }
  }

  @Test
  void guessingPasswordsIsRateLimited() {
    List<Integer> statuses =
        java.util.stream.IntStream.range(0, 4)
            .mapToObj(i -> signIn("otto", "guess " + i, "/").statusCode())
            .toList();

    assertThat(statuses).containsExactly(401, 401, 401, 429);
  }

  @Test
  void sessionWritesNeedTheCsrfToken() {
    String session =
        cookieValue(cookieHeader(signIn("ada", WorkflowServer.PASSWORD, "/"), "portreg_session"));
    String csrf = w.store.accounts().session(session).orElseThrow().csrfToken();
    String body =
        "{\"username\": \""
            + freshName().replace("-", "")
            + "\", \"displayName\": \"X\","
            + " \"email\": \"x@example.org\", \"roles\": [\"applicant\"]}";

    HttpResponse<byte[]> without =
        sendJson("POST", "/api/v1/users", body, "portreg_session=" + session, null);
    HttpResponse<byte[]> wrong =
        sendJson("POST", "/api/v1/users", body, "portreg_session=" + session, "nope");
    HttpResponse<byte[]> with =
        sendJson("POST", "/api/v1/users", body, "portreg_session=" + session, csrf);

    assertThat(without.statusCode()).isEqualTo(403);
    assertThat(without.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(json(without).get("detail").asText()).isEqualTo("missing or wrong CSRF token");
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(with.statusCode()).as(text(with)).isEqualTo(201);
  }

  @Test
  void tokenCallsNeedNoCsrfTokenButABadTokenIs401() {
    HttpResponse<byte[]> good = w.post("/api/v1/requests", requestJson(freshName()), "ann");
    HttpResponse<byte[]> bad =
        w.server.send(
            HttpRequest.newBuilder(w.server.uri("/api/v1/requests"))
                .header("Authorization", "Bearer prt_not-a-token")
                .GET()
                .build());

    assertThat(good.statusCode()).isEqualTo(201);
    assertThat(bad.statusCode()).isEqualTo(401);
    assertThat(bad.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"portreg\"");
    assertThat(json(bad).get("detail").asText()).isEqualTo("unknown or revoked API token");
  }

  @Test
  void anExpiredOrUnknownSessionCookieIsAnonymous() {
    HttpResponse<byte[]> response =
        w.server.get("/api/v1/requests", "Cookie", "portreg_session=forged");

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void aRequestBodyOverTheLimitIs413() {
    OversizedRequest response =
        OversizedRequest.post(
            w.server.uri("/api/v1/requests"),
            70_000,
            "Content-Type",
            "application/json",
            "Authorization",
            "Bearer " + w.token("ann"));

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
  }

  @Test
  void writesBeyondTheRateAre429WithRetryAfter() {
    try (TestServer limited = limitedServer()) {
      List<HttpResponse<byte[]>> responses = post(limited, "/api/v1/requests", 3);

      assertThat(responses.get(1).statusCode()).isNotEqualTo(429);
      HttpResponse<byte[]> refused = responses.get(2);
      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.headers().firstValue("Retry-After")).contains("10");
      assertThat(json(refused).get("type").asText())
          .isEqualTo("urn:portreg:problem:too-many-requests");
    }
  }

  @Test
  void liveValidationHasABucketOfItsOwnSoItCannotUseUpTheSubmit() {
    try (TestServer limited = limitedServer()) {
      List<HttpResponse<byte[]>> checks = post(limited, "/api/v1/requests/validate", 9);

      assertThat(checks.subList(0, 8))
          .allSatisfy(r -> assertThat(r.statusCode()).isNotEqualTo(429));
      assertThat(checks.get(8).statusCode()).isEqualTo(429);
      assertThat(post(limited, "/api/v1/requests", 1).get(0).statusCode()).isNotEqualTo(429);
    }
  }

  @Test
  void behindATrustedProxyEachForwardedClientHasItsOwnBucket() {
    ServerOptions trusting =
        ServerOptions.defaults()
            .withRateLimits(new RateLimit(6, 2), new RateLimit(5, 5))
            .withTrustedProxies(TrustedProxies.of(List.of("127.0.0.1", "::1")));
    try (TestServer proxied =
        new TestServer(
            InMemoryRegistrySource.of(List.of(TestRegistries.plain("2025-01-01", 1))), trusting)) {
      assertThat(postFrom(proxied, "203.0.113.1", 3).get(2).statusCode()).isEqualTo(429);
      // Another client behind the same proxy is not refused for the first one's writes.
      assertThat(postFrom(proxied, "203.0.113.2", 1).get(0).statusCode()).isNotEqualTo(429);
      // One IPv6 subscriber (a /64) is one client, whatever its interface identifiers.
      assertThat(postFrom(proxied, "2001:db8:5:6::1", 2).get(1).statusCode()).isNotEqualTo(429);
      assertThat(postFrom(proxied, "2001:db8:5:6::2", 1).get(0).statusCode()).isEqualTo(429);
    }
    try (TestServer direct = limitedServer()) {
      // Not trusted: the header changes nothing, every write counts against the peer.
      postFrom(direct, "203.0.113.1", 2);
      assertThat(postFrom(direct, "203.0.113.2", 1).get(0).statusCode()).isEqualTo(429);
    }
  }

  private static List<HttpResponse<byte[]>> postFrom(TestServer server, String client, int times) {
    return java.util.stream.IntStream.range(0, times)
        .mapToObj(
            i ->
                server.send(
                    HttpRequest.newBuilder(server.uri("/api/v1/requests"))
                        .header("X-Forwarded-For", client)
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build()))
        .toList();
  }

  /** A server allowing 6 writes a minute in bursts of 2 (so 24 validations, bursts of 8). */
  private static TestServer limitedServer() {
    return new TestServer(
        InMemoryRegistrySource.of(List.of(TestRegistries.plain("2025-01-01", 1))),
        ServerOptions.defaults().withRateLimits(new RateLimit(6, 2), new RateLimit(5, 5)));
  }

  private static List<HttpResponse<byte[]>> post(TestServer server, String path, int times) {
    return java.util.stream.IntStream.range(0, times)
        .mapToObj(
            i ->
                server.send(
                    HttpRequest.newBuilder(server.uri(path))
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build()))
        .toList();
  }

  @Test
  void signingInAgainWithASessionNeedsOnlyTheSignInFormsToken() {
    String first =
        cookieValue(cookieHeader(signIn("eve", WorkflowServer.PASSWORD, "/"), "portreg_session"));

    HttpResponse<byte[]> again =
        signIn("eve", WorkflowServer.PASSWORD, "/", "; portreg_session=" + first);

    assertThat(again.statusCode()).isEqualTo(303);
  }

  /** Fetches the form (for its login cookie and token), then posts it. */
  private static HttpResponse<byte[]> signIn(String user, String password, String next) {
    return signIn(user, password, next, "");
  }

  private static HttpResponse<byte[]> signIn(
      String user, String password, String next, String moreCookies) {
    HttpResponse<byte[]> page = w.server.get("/login?next=" + enc(next));
    assertThat(page.statusCode()).isEqualTo(200);
    String loginCookie = cookieValue(cookieHeader(page, SignIn.LOGIN_COOKIE));
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(text(page));
    assertThat(token.find()).as("the form carries a CSRF token").isTrue();
    assertThat(token.group(1)).isEqualTo(loginCookie);
    return form(
        "/login",
        "username="
            + enc(user)
            + "&password="
            + enc(password)
            + "&next="
            + enc(next)
            + "&_csrf="
            + enc(token.group(1)),
        SignIn.LOGIN_COOKIE + "=" + loginCookie + moreCookies);
  }

  private static HttpResponse<byte[]> form(String path, String body, String cookie) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(w.server.uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (!cookie.isEmpty()) {
      request.header("Cookie", cookie);
    }
    return w.server.send(request.build());
  }

  private static HttpResponse<byte[]> sendJson(
      String method, String path, String body, String cookie, String csrf) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(w.server.uri(path))
            .header("Content-Type", "application/json")
            .header("Cookie", cookie)
            .method(method, HttpRequest.BodyPublishers.ofString(body));
    if (csrf != null) {
      request.header(Authentication.CSRF_HEADER, csrf);
    }
    return w.server.send(request.build());
  }

  private static String cookieHeader(HttpResponse<byte[]> response, String name) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " cookie"));
  }

  private static String cookieValue(String setCookie) {
    return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
