package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portreg.server.MailSenderTest.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.server.spi.WebhookOptions;
import org.portreg.store.CreatedWatch;
import org.portreg.store.Watch;
import org.portreg.store.WatchDelivery;
import org.portreg.store.Watches;
import org.portreg.workflow.RequestAction;
import org.portreg.workflow.StoredRequest;

/**
 * Saved watches end to end: a new registry version (an assignment) queues each watch's matching
 * changes with the version; the webhook sender posts them, signed, to a real HTTP receiver on
 * loopback, retries after a 500, and disables a watch after {@link Watches#MAX_FAILURES} failures
 * in a row with an e-mail to its owner; an e-mail watch arrives through the outbox (GreenMail).
 */
class WatchWebhookTest {
  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path folder;

  private HttpServer receiver;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger failFirst = new AtomicInteger();

  record Received(String signature, byte[] body) {}

  @BeforeEach
  void startReceiver() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          received.add(
              new Received(
                  exchange.getRequestHeaders().getFirst("X-Portreg-Signature"),
                  exchange.getRequestBody().readAllBytes()));
          int status = failFirst.getAndDecrement() > 0 ? 500 : 204;
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    receiver.start();
  }

  @AfterEach
  void stopReceiver() {
    receiver.stop(0);
  }

  private String hookUrl() {
    return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
  }

  private static WebhookOptions fast(boolean allowPrivate) {
    return WebhookOptions.defaults(allowPrivate)
        .withTimings(Duration.ofMillis(50), Duration.ofMillis(20));
  }

  /** Takes request {@code name} through to its assignment: a new registry version. */
  private static void assign(WorkflowFixture fx, String name) {
    StoredRequest r = fx.submitAsAlice(WorkflowFixture.request(name).build());
    fx.store().registrar().act(r.id(), RequestAction.APPROVE, fx.erin(), "fine");
    fx.store().registrar().act(r.id(), RequestAction.ASSIGN, fx.adam(), "assigned");
  }

  static String hmac(String secret, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
  }

  @Test
  @SuppressWarnings("try") // the sender runs while the block does
  void aSignedDeliveryIsRetriedAfterA500UntilTheReceiverTakesIt() throws Exception {
    failFirst.set(1);
    try (WorkflowFixture fx = WorkflowFixture.open(folder)) {
      CreatedWatch watch =
          fx.store().watches().add(fx.alice(), "hook-test", Optional.of(hookUrl()));
      fx.store().watches().add(fx.alice(), "name:no-such-service-anywhere", Optional.of(hookUrl()));
      assign(fx, "hook-test");
      long id = watch.watch().id();
      // Queued with the version, before any sender runs; the other watch matched nothing.
      assertThat(fx.store().watches().deliveries(id)).singleElement();
      try (WatchSender sender = WatchSender.start(fx.store(), fast(true))) {
        await(
            "the retried delivery",
            () -> fx.store().watches().deliveries(id).get(0).state().equals("delivered"));
      }
      assertThat(received).hasSize(2);
      String secret = watch.secret().orElseThrow();
      for (Received r : received) {
        assertThat(r.signature()).isEqualTo(hmac(secret, r.body()));
      }
      assertThat(received.get(1).body()).isEqualTo(received.get(0).body());
      JsonNode body = JSON.readTree(received.get(0).body());
      assertThat(body.get("format").asText()).isEqualTo("portreg-watch");
      assertThat(body.get("watch").asLong()).isEqualTo(id);
      assertThat(body.get("query").asText()).isEqualTo("hook-test");
      assertThat(body.get("changes").asInt()).isEqualTo(1);
      assertThat(body.get("diff").toString()).contains("hook-test");
      WatchDelivery d = fx.store().watches().deliveries(id).get(0);
      assertThat(d.attempts()).isEqualTo(2);
      assertThat(d.lastStatus()).hasValue(204);
      assertThat(fx.store().watches().get(id, fx.alice()).failures()).isZero();
    }
  }

  @Test
  @SuppressWarnings("try") // the senders run while the block does
  void repeatedFailuresDisableTheWatchAndTellItsOwner() throws Exception {
    failFirst.set(Integer.MAX_VALUE);
    try (WorkflowFixture fx = WorkflowFixture.open(folder);
        MailSender mail =
            MailSender.start(fx.store(), MailSenderTest.options(SMTP.getSmtp().getPort()));
        WatchSender sender = WatchSender.start(fx.store(), fast(true))) {
      long id =
          fx.store().watches().add(fx.alice(), "hook-fail", Optional.of(hookUrl())).watch().id();
      assign(fx, "hook-fail");
      String notice =
          "alice@people.example [portreg] Watch #"
              + id
              + " disabled after "
              + Watches.MAX_FAILURES
              + " failed deliveries";
      await("the notice", () -> MailSenderTest.received(SMTP).contains(notice));
      Watch watch = fx.store().watches().get(id, fx.alice());
      assertThat(watch.active()).isFalse();
      assertThat(watch.failures()).isEqualTo(Watches.MAX_FAILURES);
      assertThat(received).hasSize(Watches.MAX_FAILURES);
      WatchDelivery d = fx.store().watches().deliveries(id).get(0);
      assertThat(d.state()).isEqualTo("failed");
      assertThat(d.lastError()).hasValueSatisfying(e -> assertThat(e).startsWith("HTTP 500"));
    }
  }

  @Test
  @SuppressWarnings("try") // the sender runs while the block does
  void anEmailWatchArrivesThroughTheOutbox() throws Exception {
    try (WorkflowFixture fx = WorkflowFixture.open(folder);
        MailSender mail =
            MailSender.start(fx.store(), MailSenderTest.options(SMTP.getSmtp().getPort()))) {
      long id = fx.store().watches().add(fx.bob(), "hook-mail", Optional.empty()).watch().id();
      assign(fx, "hook-mail");
      String subject =
          "bob@people.example [portreg] Watch #" + id + ": 1 change(s) matching 'hook-mail'";
      await("the watch's e-mail", () -> MailSenderTest.received(SMTP).contains(subject));
      assertThat(MailSenderTest.received(SMTP)).filteredOn(s -> s.startsWith("bob@")).hasSize(1);
    }
  }

  @Test
  @SuppressWarnings("try") // the sender runs while the block does
  void loopbackTargetsAreRefusedUnlessAllowed() throws Exception {
    try (WorkflowFixture fx = WorkflowFixture.open(folder)) {
      long id =
          fx.store().watches().add(fx.alice(), "hook-private", Optional.of(hookUrl())).watch().id();
      assign(fx, "hook-private");
      try (WatchSender sender = WatchSender.start(fx.store(), fast(false))) {
        await("a refused attempt", () -> fx.store().watches().deliveries(id).get(0).attempts() > 0);
      }
      WatchDelivery d = fx.store().watches().deliveries(id).get(0);
      assertThat(d.lastError()).hasValueSatisfying(e -> assertThat(e).contains("refused"));
      assertThat(received).isEmpty();
    }
  }
}
