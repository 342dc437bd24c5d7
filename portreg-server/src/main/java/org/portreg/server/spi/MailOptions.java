package org.portreg.server.spi;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How the server sends e-mail from the store's outbox (docs/notifications.md). Immutable; {@link
 * #toString()} never shows the password.
 *
 * @param smtp the SMTP server: {@code smtp://[user[:password]@]host[:port]} (port 25 unless given)
 *     or {@code smtps://...} (TLS from the start, port 465 unless given); user and password
 *     percent-encoded
 * @param from the sender address
 * @param replyTo the Reply-To address, if any
 * @param startTls whether to require STARTTLS on an {@code smtp://} connection
 * @param publicUrl the server's public URL, which links in messages start with
 * @param poll how often to look for due messages
 * @param firstRetry the wait after the first failed send; each further failure doubles it (to at
 *     most a day)
 * @param lease how long a claimed message is left to its sender before another may claim it
 * @param maxAttempts the failed sends after which a message is given up
 */
public record MailOptions(
    URI smtp,
    String from,
    Optional<String> replyTo,
    boolean startTls,
    String publicUrl,
    Duration poll,
    Duration firstRetry,
    Duration lease,
    int maxAttempts) {
  /** Checks the URL, the addresses and the timings. */
  public MailOptions {
    Objects.requireNonNull(smtp, "smtp");
    String scheme = String.valueOf(smtp.getScheme()).toLowerCase(Locale.ROOT);
    if (!scheme.equals("smtp") && !scheme.equals("smtps") || smtp.getHost() == null) {
      throw new IllegalArgumentException(
          "smtp must be smtp://[user:password@]host[:port] or smtps://..., was " + redact(smtp));
    }
    requireAddress("from", from);
    replyTo.ifPresent(a -> requireAddress("replyTo", a));
    if (!publicUrl.matches("https?://\\S+")) {
      throw new IllegalArgumentException("publicUrl must be an http(s) URL, was " + publicUrl);
    }
    requirePositive("poll", poll);
    requirePositive("firstRetry", firstRetry);
    requirePositive("lease", lease);
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be positive, was " + maxAttempts);
    }
  }

  /**
   * Options for {@code smtpUrl} and {@code from}: no Reply-To, no STARTTLS requirement, a poll
   * every 2 seconds, the first retry after 30 seconds, 5-minute leases, 10 attempts.
   *
   * @throws IllegalArgumentException for a URL or address that is not one
   */
  public static MailOptions of(String smtpUrl, String from, String publicUrl) {
    URI uri;
    try {
      uri = URI.create(smtpUrl.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("smtp must be a URL such as smtp://host:25", e);
    }
    return new MailOptions(
        uri,
        from,
        Optional.empty(),
        false,
        publicUrl,
        Duration.ofSeconds(2),
        Duration.ofSeconds(30),
        Duration.ofMinutes(5),
        10);
  }

  /** A copy with a Reply-To address (or none) and STARTTLS required or not. */
  public MailOptions withReplyTo(Optional<String> address, boolean requireStartTls) {
    return new MailOptions(
        smtp, from, address, requireStartTls, publicUrl, poll, firstRetry, lease, maxAttempts);
  }

  /** A copy with other timings. */
  public MailOptions withTimings(Duration newPoll, Duration newFirstRetry, Duration newLease) {
    return new MailOptions(
        smtp, from, replyTo, startTls, publicUrl, newPoll, newFirstRetry, newLease, maxAttempts);
  }

  /** Whether the connection is TLS from the start ({@code smtps://}). */
  public boolean implicitTls() {
    return smtp.getScheme().equalsIgnoreCase("smtps");
  }

  /** The port: the URL's, else 465 for {@code smtps://}, else 25. */
  public int port() {
    return smtp.getPort() > 0 ? smtp.getPort() : implicitTls() ? 465 : 25;
  }

  /** The user name to authenticate with, if the URL has one. */
  public Optional<String> user() {
    return userInfo(0);
  }

  /** The password to authenticate with, if the URL has one. Never log it. */
  public Optional<String> password() {
    return userInfo(1);
  }

  private Optional<String> userInfo(int part) {
    String info = smtp.getRawUserInfo();
    if (info == null) {
      return Optional.empty();
    }
    String[] pieces = info.split(":", 2);
    return part < pieces.length
        ? Optional.of(URLDecoder.decode(pieces[part], StandardCharsets.UTF_8))
        : Optional.empty();
  }

  /** The SMTP URL without its password, for messages and logs. */
  public String redactedSmtp() {
    return redact(smtp);
  }

  private static String redact(URI uri) {
    String info = uri.getRawUserInfo();
    if (info == null) {
      return uri.toString();
    }
    String user = info.split(":", 2)[0];
    return uri.toString().replace(info + "@", user + (info.contains(":") ? ":***" : "") + "@");
  }

  /** These options with the password hidden. */
  @Override
  public String toString() {
    return "MailOptions[smtp="
        + redactedSmtp()
        + ", from="
        + from
        + ", replyTo="
        + replyTo
        + ", startTls="
        + startTls
        + ", publicUrl="
        + publicUrl
        + "]";
  }

  private static void requireAddress(String what, String address) {
    if (address == null || !address.contains("@") || address.strip().contains(" ")) {
      throw new IllegalArgumentException(what + " must be an e-mail address, was " + address);
    }
  }

  private static void requirePositive(String what, Duration d) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(what + " must be positive, was " + d);
    }
  }
}
