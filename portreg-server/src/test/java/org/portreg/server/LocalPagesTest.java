package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.local.LiveRange;
import org.portreg.local.LocalAssignment;
import org.portreg.local.Policy;
import org.portreg.local.Preset;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;
import org.portreg.server.auth.Authentication;
import org.portreg.server.spi.RateLimit;
import org.portreg.store.Store;
import org.portreg.store.WebSession;
import org.portreg.testing.SharedData;
import org.portreg.workflow.AuditEntry;
import org.portreg.workflow.User;

/**
 * The local registry's pages on the real data: the registry of 2026-07-20 and then the newest one,
 * which assigns 7123/udp (to snif) that the local entry sensor-feed held before. Every page passes
 * the Nu HTML Checker in {@link TestServer}.
 */
class LocalPagesTest {
  @TempDir static Path folder;
  private static WorkflowFixture fixture;
  private static TestServer server;

  @BeforeAll
  static void start() {
    fixture =
        WorkflowFixture.open(
            folder,
            List.of(SharedData.history("2026-07-20")),
            store -> {
              add(store, "sensor-feed", "7123", Transport.UDP, "iot");
              add(store, "ledger", "7400", Transport.TCP, "finance");
              add(store, "orders", "31000", Transport.TCP, "shop");
            });
    RateLimit generous = new RateLimit(6000, 1000);
    Policy policy =
        Policy.of(List.of(Preset.KUBERNETES_NODEPORT, Preset.BROWSERS), LiveRange.system());
    server =
        new TestServer(
            RegistryServer.start(
                ServerOptions.defaults()
                    .withAddress("127.0.0.1", 0)
                    .withRateLimits(generous, generous)
                    .withPolicy(policy),
                fixture.source(),
                fixture.store()));
  }

  private static void add(
      Store store, String name, String port, Transport transport, String owner) {
    store
        .local()
        .add(
            LocalAssignment.of(name, Optional.of(PortRange.parse(port)), Set.of(transport), owner),
            "adam",
            "first day");
  }

  @AfterAll
  static void stop() {
    server.close();
    fixture.close();
  }

  @Test
  void theListShowsEveryEntryMarkedLocalAndSearchesByNamePortAndOwner() {
    String all = server.text("/local", 200);
    assertThat(all).contains("3 of 3 local entries", "href=\"/local/sensor-feed\"", "badge local");
    assertThat(server.text("/local?search=7400", 200)).contains("1 of 3").contains("ledger");
    assertThat(server.text("/local?search=SHOP", 200)).contains("1 of 3").contains("orders");
    assertThat(server.text("/local?search=nothing-like-it", 200)).contains("0 of 3");
  }

  @Test
  void theConflictsPageIsCheckAllWithThePolicy() {
    String page = server.text("/conflicts", 200);
    assertThat(page)
        .contains("orders 31000/tcp")
        .contains("Kubernetes")
        .contains("sensor-feed 7123/udp")
        .contains("snif")
        .contains("ledger 7400/tcp");
  }

  @Test
  void thePolicyPageListsTheRulesAndWhereEachComesFrom() {
    String page = server.text("/policy", 200);
    assertThat(page).contains("30000-32767").contains("preset kubernetes-nodeport (");
    assertThat(page).contains("preset browsers");
  }

  @Test
  void anEntryTakenByTheNewestVersionShowsTheDriftBannerUntilAcknowledged() {
    WebSession admin = session(fixture.adam());
    String before = text(get(admin, "/local/sensor-feed"), 200);
    assertThat(before)
        .contains("id=\"drift\"")
        .contains("iana:snif:7123/udp")
        .contains("Acknowledge");
    assertThat(server.text("/local/sensor-feed", 200))
        .as("anonymous readers see the banner, not the form")
        .contains("id=\"drift\"")
        .doesNotContain("name=\"_csrf\" value");
    assertThat(server.text("/local/ledger", 200)).doesNotContain("id=\"drift\"");

    HttpResponse<byte[]> ack =
        post(
            admin,
            "/local/sensor-feed/acknowledge",
            "finding=iana%3Asnif%3A7123%2Fudp&reason=lab+network+only");

    assertThat(ack.statusCode()).isEqualTo(303);
    String after = text(get(admin, "/local/sensor-feed"), 200);
    assertThat(after).doesNotContain("id=\"drift\"").contains("acknowledged: lab network only");
    List<AuditEntry> audit = fixture.store().registrar().audit(20);
    assertThat(audit)
        .anyMatch(
            e -> e.action().equals("LOCAL_ACKNOWLEDGE") && e.reason().equals("lab network only"));
  }

  @Test
  void onlyAdministratorsAcknowledge() {
    HttpResponse<byte[]> applicant =
        post(session(fixture.alice()), "/local/ledger/acknowledge", "finding=x&reason=y");
    assertThat(applicant.statusCode()).isEqualTo(403);
    HttpResponse<byte[]> anonymous =
        server.send(
            HttpRequest.newBuilder(server.uri("/local/ledger/acknowledge"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("finding=x&reason=y"))
                .build());
    assertThat(anonymous.statusCode()).isIn(401, 403);
  }

  @Test
  void theFeedSaysWhatTheNewestVersionTookFromTheLocalEntries() {
    String feed = server.text("/feed.atom", 200);
    assertThat(feed)
        .contains("<title>Drift: the registry of")
        .contains("sensor-feed 7123/udp: IANA-assigned to snif")
        .contains("urn:portreg:drift:");
  }

  @Test
  void anUnknownEntryIs404() {
    assertThat(server.get("/local/no-such-entry", "Accept", "text/html").statusCode())
        .isEqualTo(404);
  }

  private static WebSession session(User user) {
    return fixture.store().accounts().openSession(user, Duration.ofHours(1));
  }

  private static HttpResponse<byte[]> get(WebSession session, String path) {
    return server.get(path, "Cookie", Authentication.SESSION_COOKIE + "=" + session.id());
  }

  private static HttpResponse<byte[]> post(WebSession session, String path, String form) {
    String body = form + "&_csrf=" + URLEncoder.encode(session.csrfToken(), StandardCharsets.UTF_8);
    return server.send(
        HttpRequest.newBuilder(server.uri(path))
            .header("Cookie", Authentication.SESSION_COOKIE + "=" + session.id())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private static String text(HttpResponse<byte[]> response, int status) {
    String body = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(response.statusCode()).as(body).isEqualTo(status);
    return body;
  }
}
