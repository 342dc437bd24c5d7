package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.portreg.server.spi.RateLimit;
import org.portreg.server.web.SignIn;
import org.portreg.store.Store;
import org.portreg.workflow.NewUser;
import org.portreg.workflow.Role;

/**
 * Two server instances, each with its own store (its own pool), on one PostgreSQL database: a
 * client's sign-in attempts for a username draw on one allowance, whichever instance they reach. In
 * memory per instance, the same attempts would have passed twice as often.
 */
class TwoInstancesRateLimitTest {
  private static final String POSTGRES =
      System.getProperty(
          "portreg.test.postgres", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
  private static final RateLimit THREE_THEN_ONE_A_MINUTE = new RateLimit(1, 3);

  @Test
  void signInAttemptsAlternatingBetweenTwoInstancesMeetOneLimit() throws SQLException {
    String schema =
        "portreg_rate_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute("CREATE SCHEMA " + schema);
    String url = POSTGRES + "&currentSchema=" + schema.toLowerCase(Locale.ROOT);
    ServerOptions options =
        ServerOptions.defaults().withRateLimits(RateLimit.defaultWrites(), THREE_THEN_ONE_A_MINUTE);
    try (Store one = Store.open(url);
        Store two = Store.open(url)) {
      one.importRegistry(TestRegistries.plain("2025-01-01", 3), "three.xml");
      one.accounts()
          .createUser(
              new NewUser(
                  "otto",
                  "Otto",
                  "otto@example.org",
                  Optional.of("correct horse battery"),
                  Set.of(Role.APPLICANT),
                  Set.of()),
              "test");
      try (TestServer a = new TestServer(StoreRegistrySource.of(one, Duration.ZERO), options, one);
          TestServer b = new TestServer(StoreRegistrySource.of(two, Duration.ZERO), options, two)) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
          statuses.add(wrongPassword(i % 2 == 0 ? a : b, i).statusCode());
        }

        assertThat(statuses).containsExactly(401, 401, 401, 429, 429, 429);
      }
    } finally {
      execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  /** Fetches the sign-in form of {@code server} and posts it with a wrong password for otto. */
  private static HttpResponse<byte[]> wrongPassword(TestServer server, int attempt) {
    HttpResponse<byte[]> page = server.get("/login");
    String body = new String(page.body(), StandardCharsets.UTF_8);
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(body);
    assertThat(token.find()).isTrue();
    String form =
        "username=otto&password=guess-"
            + attempt
            + "&next=%2F&_csrf="
            + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    return server.send(
        HttpRequest.newBuilder(server.uri("/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", SignIn.LOGIN_COOKIE + "=" + token.group(1))
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }

  private static void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(POSTGRES);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
