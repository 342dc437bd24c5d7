package org.portreg.server.mail;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.portreg.server.spi.WebhookOptions;
import org.portreg.store.ClaimedDelivery;

/**
 * Sends one webhook delivery: a JSON POST signed with HMAC-SHA256 over the exact body ({@value
 * #SIGNATURE}: {@code sha256=HEX}); bounded timeouts, no redirect followed, at most {@value
 * #MAX_READ} bytes of the answer read. Refuses loopback, link-local and private targets unless the
 * options allow them. Thread-safe.
 */
final class WebhookPoster {
  /** The signature header. */
  static final String SIGNATURE = "X-Portreg-Signature";

  /** The most of an answer's body read (for the delivery log's error). */
  static final int MAX_READ = 1024;

  private final WebhookOptions options;
  private final HttpClient client;

  WebhookPoster(WebhookOptions options) {
    this.options = options;
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(options.timeout())
            .build();
  }

  /** The answer's status, and the start of its body when it is not a success. */
  record Answer(int status, String excerpt) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  /**
   * Posts {@code delivery}.
   *
   * @throws IOException when the target is refused or cannot be reached
   */
  Answer post(ClaimedDelivery delivery) throws IOException, InterruptedException {
    URI uri = URI.create(delivery.url());
    checkTarget(uri.getHost());
    byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(options.timeout().multipliedBy(3))
            .header("Content-Type", "application/json")
            .header("User-Agent", "portreg-webhook")
            .header("X-Portreg-Delivery", Long.toString(delivery.id()))
            .header(SIGNATURE, "sha256=" + sign(delivery.secret(), body))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<InputStream> response =
        client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream in = response.body()) {
      byte[] start = in.readNBytes(MAX_READ);
      return new Answer(response.statusCode(), new String(start, StandardCharsets.UTF_8).strip());
    }
  }

  /** The lower-case hex HMAC-SHA256 of {@code body} with the UTF-8 bytes of {@code secret}. */
  static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  /** Refuses a host that resolves to a loopback, link-local, private or wildcard address. */
  private void checkTarget(String host) throws IOException {
    if (options.allowPrivate()) {
      return;
    }
    for (InetAddress address : InetAddress.getAllByName(host)) {
      if (isPrivate(address)) {
        throw new IOException(
            "refused: "
                + host
                + " resolves to the private address "
                + address.getHostAddress()
                + " (serve --webhook-allow-private allows it)");
      }
    }
  }

  /** Whether {@code a} is loopback, link-local, site-local, unique-local, wildcard or multicast. */
  static boolean isPrivate(InetAddress a) {
    byte[] b = a.getAddress();
    boolean uniqueLocal = b.length == 16 && (b[0] & 0xfe) == 0xfc;
    boolean carrierNat = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
    return a.isLoopbackAddress()
        || a.isLinkLocalAddress()
        || a.isSiteLocalAddress()
        || a.isAnyLocalAddress()
        || a.isMulticastAddress()
        || uniqueLocal
        || carrierNat;
  }
}
