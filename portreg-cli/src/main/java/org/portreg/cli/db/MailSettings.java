package org.portreg.cli.db;

import java.time.Duration;
import java.util.Optional;
import org.portreg.cli.common.UsageException;
import org.portreg.cli.common.UserInput;
import org.portreg.server.MailSender;
import org.portreg.server.WatchSender;
import org.portreg.server.spi.MailOptions;
import org.portreg.server.spi.WebhookOptions;
import org.portreg.store.Store;
import picocli.CommandLine.Option;

/**
 * The e-mail options of {@code portreg serve}: with {@code --smtp} the server sends the store's
 * outbox (docs/notifications.md).
 */
final class MailSettings {
  @Option(
      names = "--smtp",
      paramLabel = "URL",
      description =
          "Send e-mail notifications through this SMTP server: smtp://[user:password@]host[:port]"
              + " or smtps://... (user and password percent-encoded; never printed).")
  private String smtp;

  @Option(
      names = "--mail-from",
      paramLabel = "ADDRESS",
      description = "The From address of notifications (needed with --smtp).")
  private String from;

  @Option(
      names = "--mail-reply-to",
      paramLabel = "ADDRESS",
      description = "The Reply-To address of notifications.")
  private String replyTo;

  @Option(names = "--smtp-starttls", description = "Require STARTTLS on an smtp:// connection.")
  private boolean startTls;

  @Option(
      names = "--mail-base-url",
      paramLabel = "URL",
      description =
          "The server's public URL, which links in notifications start with (default: the"
              + " address it listens on).")
  private String baseUrl;

  @Option(
      names = "--mail-retry",
      hidden = true,
      paramLabel = "SECONDS",
      description = "The wait after a first failed send (default: 30); tests shorten it.")
  private double retrySeconds = 30;

  @Option(
      names = "--mail-lease",
      hidden = true,
      paramLabel = "SECONDS",
      description = "How long a claimed message is left to its sender (default: 300).")
  private double leaseSeconds = 300;

  @Option(
      names = "--webhook-allow-private",
      description =
          "Let watches' webhooks go to loopback, link-local and private addresses (default:"
              + " refused, so that a watch cannot make the server reach internal services).")
  private boolean webhookAllowPrivate;

  @Option(
      names = "--webhook-retry",
      paramLabel = "SECONDS",
      hidden = true,
      description = "The wait after a webhook's first failed attempt, doubled each time.")
  private double webhookRetrySeconds = 30;

  /** Starts delivering the webhooks of {@code store}'s watches. */
  WatchSender startWebhooks(Store store) {
    WebhookOptions options =
        UserInput.check(
            () ->
                WebhookOptions.defaults(webhookAllowPrivate)
                    .withTimings(Duration.ofSeconds(2), duration(webhookRetrySeconds)));
    return WatchSender.start(store, options);
  }

  /** Whether any mail option was given. */
  boolean given() {
    return smtp != null || from != null || replyTo != null || baseUrl != null;
  }

  /**
   * Starts a sender over {@code store} when {@code --smtp} is given.
   *
   * @param listening the URL the server listens on, the default base of links
   * @throws UsageException for options that do not fit together or a bad URL or address
   */
  Optional<MailSender> start(Store store, String listening) {
    if (smtp == null) {
      if (given()) {
        throw new UsageException("--mail-from, --mail-reply-to and --mail-base-url need --smtp");
      }
      return Optional.empty();
    }
    if (from == null) {
      throw new UsageException("--smtp needs --mail-from ADDRESS");
    }
    MailOptions options =
        UserInput.check(
            () ->
                MailOptions.of(smtp, from, baseUrl != null ? baseUrl : listening)
                    .withReplyTo(Optional.ofNullable(replyTo), startTls)
                    .withTimings(
                        Duration.ofSeconds(2), duration(retrySeconds), duration(leaseSeconds)));
    return Optional.of(MailSender.start(store, options));
  }

  private static Duration duration(double seconds) {
    return Duration.ofMillis(Math.round(seconds * 1000));
  }

  /** The SMTP server for the start-up line, without its password. */
  String describe() {
    return MailOptions.of(smtp, from, "http://localhost").redactedSmtp();
  }
}
