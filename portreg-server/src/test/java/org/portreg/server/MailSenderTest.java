package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.error.ConflictException;
import org.portreg.server.spi.MailOptions;
import org.portreg.store.Store;
import org.portreg.workflow.Modification;
import org.portreg.workflow.RequestAction;
import org.portreg.workflow.StoredRequest;

/**
 * The sender against GreenMail, an in-process SMTP server: a whole request lifecycle arrives with
 * the exact recipients and subjects, once each; a rolled-back change sends nothing.
 */
class MailSenderTest {
  static final Duration PATIENCE = Duration.ofMinutes(3);

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @TempDir Path folder;

  static MailOptions options(int port) {
    return MailOptions.of(
            "smtp://127.0.0.1:" + port, "registry@ports.example", "https://ports.example/")
        .withReplyTo(java.util.Optional.of("iana@ports.example"), false)
        .withTimings(Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofMinutes(5));
  }

  /** Waits for {@code condition}, polling; fails after {@link #PATIENCE}. */
  static void await(String what, BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        fail("not within " + PATIENCE + ": " + what);
      }
      // Polling interval of a condition wait, not a timing assumption.
      Thread.sleep(20);
    }
  }

  /** "to subject" of each received message, in arrival order. */
  static List<String> received() {
    return received(SMTP);
  }

  /** "to subject" of each message {@code smtp} received, in arrival order. */
  static List<String> received(GreenMailExtension smtp) {
    List<String> lines = new ArrayList<>();
    try {
      for (MimeMessage m : smtp.getReceivedMessages()) {
        lines.add(m.getRecipients(RecipientType.TO)[0] + " " + m.getSubject());
      }
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
    return lines;
  }

  static void awaitDelivered(Store store, int count) throws InterruptedException {
    await(
        count + " messages",
        () -> store.notifications().unsent() == 0 && received().size() >= count);
  }

  @Test
  @SuppressWarnings("try") // the sender runs while the block does
  void aWholeLifecycleReachesExactlyItsRecipientsOnce() throws Exception {
    try (WorkflowFixture fx = WorkflowFixture.open(folder);
        MailSender sender = MailSender.start(fx.store(), options(SMTP.getSmtp().getPort()))) {
      StoredRequest r = fx.submitAsAlice(WorkflowFixture.request("mail-life").build());
      fx.store().registrar().act(r.id(), RequestAction.ASK_INFORMATION, fx.erin(), "which port?");
      fx.store().registrar().act(r.id(), RequestAction.PROVIDE_INFORMATION, fx.alice(), "any");
      fx.store().registrar().act(r.id(), RequestAction.APPROVE, fx.erin(), "fine");
      fx.store().registrar().act(r.id(), RequestAction.ASSIGN, fx.adam(), "assigned");
      fx.store()
          .registrar()
          .modify("mail-life", Modification.ofDescription("Mail life v2"), fx.adam(), "asked");
      awaitDelivered(fx.store(), 8);
      String p = "[portreg] Request #" + r.id() + " (mail-life): ";
      assertThat(received())
          .containsExactlyInAnyOrder(
              "alice@people.example " + p + "checked",
              "erin@people.example " + p + "in your queue",
              "alice@people.example " + p + "information asked for",
              "erin@people.example " + p + "information provided",
              "alice@people.example " + p + "approved",
              "adam@people.example " + p + "waits for assignment",
              "alice@people.example " + p + "assigned",
              "alice.contact@example.org [portreg] Assignment 'mail-life': modify");
      MimeMessage assigned = null;
      for (MimeMessage m : SMTP.getReceivedMessages()) {
        if (m.getSubject().equals(p + "assigned")) {
          assigned = m;
        }
      }
      assertThat(assigned).isNotNull();
      String body = GreenMailUtil.getBody(assigned);
      assertThat(body).contains("https://ports.example/requests/" + r.id(), "mail-life ");
      assertThat(assigned.getContentType()).startsWith("multipart/alternative");
      assertThat(assigned.getFrom()[0].toString()).isEqualTo("registry@ports.example");
      assertThat(assigned.getReplyTo()[0].toString()).isEqualTo("iana@ports.example");
    }
  }

  @Test
  @SuppressWarnings("try") // the sender runs while the block does
  void aRolledBackChangeSendsNothing() throws Exception {
    try (WorkflowFixture fx = WorkflowFixture.open(folder);
        MailSender sender = MailSender.start(fx.store(), options(SMTP.getSmtp().getPort()))) {
      fx.submitAsAlice(WorkflowFixture.request("mail-once").build());
      awaitDelivered(fx.store(), 2);
      long sent = fx.store().notifications().sent();
      assertThatThrownBy(
              () ->
                  fx.store()
                      .registrar()
                      .submit(WorkflowFixture.request("mail-once").build(), fx.bob()))
          .isInstanceOf(ConflictException.class);
      assertThat(fx.store().notifications().unsent()).isZero();
      assertThat(fx.store().notifications().sent()).isEqualTo(sent);
      assertThat(received()).hasSize(2);
    }
  }

  @Test
  void optionsNeverShowThePassword() {
    MailOptions o =
        MailOptions.of("smtps://ann:s%40cret@mail.example", "a@b.example", "https://x.example");
    assertThat(o.toString()).contains("smtps://ann:***@mail.example").doesNotContain("cret");
    assertThat(o.password()).contains("s@cret");
    assertThat(o.user()).contains("ann");
    assertThat(o.port()).isEqualTo(465);
    assertThat(MailOptions.of("smtp://m.example", "a@b.example", "http://x").port()).isEqualTo(25);
    assertThatThrownBy(() -> MailOptions.of("http://m.example", "a@b.example", "http://x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MailOptions.of("smtp://m.example", "nobody", "http://x"))
        .hasMessageContaining("from must be an e-mail address");
  }
}
