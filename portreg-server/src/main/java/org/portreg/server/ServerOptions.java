package org.portreg.server;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.portreg.error.InvalidInputException;
import org.portreg.local.Policy;
import org.portreg.server.spi.AccessLogSink;
import org.portreg.server.spi.DownloadFormats;
import org.portreg.server.spi.RateLimit;
import org.portreg.server.spi.TrustedProxies;

/**
 * How a {@link RegistryServer} runs. Immutable; derive variants with the {@code with} methods.
 *
 * @param host the address to bind, such as {@code 127.0.0.1}
 * @param port the TCP port, 0 for any free one
 * @param maxRequestBytes the largest request body accepted, in bytes
 * @param downloads the downloadable formats
 * @param writeLimit the rate of writes (POST, PUT, PATCH, DELETE) per user, or per client address
 *     for anonymous writes
 * @param signInLimit the rate of sign-in attempts per client address and username
 * @param sessionLifetime how long a web session lasts after signing in
 * @param httpsOnly whether clients reach the server over https only, through a TLS-terminating
 *     proxy: cookies are then always {@code Secure} and responses carry {@code
 *     Strict-Transport-Security}, although the server itself sees plain http
 * @param trustedProxies the proxies whose {@code X-Forwarded-For} names the client (rate limits)
 * @param policy the port-space policy {@code /api/v1/check} applies (presets may be added per
 *     request)
 * @param accessLog where one line per request goes ({@link AccessLogSink#OFF} for none)
 * @param publicUrl the server's public base URL ({@code https://ports.example.org}): the absolute
 *     links of the feed come only from it; without it they are relative
 */
public record ServerOptions(
    String host,
    int port,
    long maxRequestBytes,
    DownloadFormats downloads,
    RateLimit writeLimit,
    RateLimit signInLimit,
    Duration sessionLifetime,
    boolean httpsOnly,
    TrustedProxies trustedProxies,
    Policy policy,
    AccessLogSink accessLog,
    Optional<URI> publicUrl) {
  /** Request bodies are small forms and JSON documents for now. */
  public static final long DEFAULT_MAX_REQUEST_BYTES = 64 * 1024;

  /** A working day; signing in again after it is a small price for a stolen cookie's short life. */
  public static final Duration DEFAULT_SESSION_LIFETIME = Duration.ofHours(8);

  /** Checks the values. */
  public ServerOptions {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(downloads, "downloads");
    Objects.requireNonNull(writeLimit, "writeLimit");
    Objects.requireNonNull(signInLimit, "signInLimit");
    Objects.requireNonNull(sessionLifetime, "sessionLifetime");
    Objects.requireNonNull(trustedProxies, "trustedProxies");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(accessLog, "accessLog");
    Objects.requireNonNull(publicUrl, "publicUrl");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be in 0..65535, was " + port);
    }
    if (maxRequestBytes < 1) {
      throw new IllegalArgumentException(
          "maxRequestBytes must be positive, was " + maxRequestBytes);
    }
    if (sessionLifetime.toSeconds() < 1) {
      throw new IllegalArgumentException(
          "sessionLifetime must be at least a second, was " + sessionLifetime);
    }
  }

  /**
   * Loopback, port 8080, 64 KiB requests, the standard downloads, the default rate limits, 8-hour
   * sessions, plain http allowed.
   */
  public static ServerOptions defaults() {
    return new ServerOptions(
        "127.0.0.1",
        8080,
        DEFAULT_MAX_REQUEST_BYTES,
        DownloadFormats.standard(),
        RateLimit.defaultWrites(),
        RateLimit.defaultSignIns(),
        DEFAULT_SESSION_LIFETIME,
        false,
        TrustedProxies.none(),
        Policy.none(),
        AccessLogSink.OFF,
        Optional.empty());
  }

  /** A copy bound to {@code newHost} and {@code newPort}. */
  public ServerOptions withAddress(String newHost, int newPort) {
    Copy c = new Copy(this);
    c.host = newHost;
    c.port = newPort;
    return c.build();
  }

  /** A copy with other downloads. */
  public ServerOptions withDownloads(DownloadFormats newDownloads) {
    Copy c = new Copy(this);
    c.downloads = newDownloads;
    return c.build();
  }

  /** A copy with other rate limits for writes and for sign-in attempts. */
  public ServerOptions withRateLimits(RateLimit newWriteLimit, RateLimit newSignInLimit) {
    Copy c = new Copy(this);
    c.writeLimit = newWriteLimit;
    c.signInLimit = newSignInLimit;
    return c.build();
  }

  /** A copy with another largest request body, in bytes. */
  public ServerOptions withMaxRequestBytes(long newMaxRequestBytes) {
    Copy c = new Copy(this);
    c.maxRequestBytes = newMaxRequestBytes;
    return c.build();
  }

  /** A copy with another session lifetime. */
  public ServerOptions withSessionLifetime(Duration newSessionLifetime) {
    Copy c = new Copy(this);
    c.sessionLifetime = newSessionLifetime;
    return c.build();
  }

  /** A copy for clients that reach the server over https only (through a TLS proxy) or not. */
  public ServerOptions withHttpsOnly(boolean newHttpsOnly) {
    Copy c = new Copy(this);
    c.httpsOnly = newHttpsOnly;
    return c.build();
  }

  /** A copy that believes {@code X-Forwarded-For} from {@code newTrustedProxies}. */
  public ServerOptions withTrustedProxies(TrustedProxies newTrustedProxies) {
    Copy c = new Copy(this);
    c.trustedProxies = newTrustedProxies;
    return c.build();
  }

  /** A copy whose {@code /api/v1/check} applies {@code newPolicy}. */
  public ServerOptions withPolicy(Policy newPolicy) {
    Copy c = new Copy(this);
    c.policy = newPolicy;
    return c.build();
  }

  /** A copy that writes its access log to {@code newAccessLog}. */
  public ServerOptions withAccessLog(AccessLogSink newAccessLog) {
    Copy c = new Copy(this);
    c.accessLog = newAccessLog;
    return c.build();
  }

  /**
   * A copy whose absolute links start with {@code newPublicUrl}: an http or https URL without query
   * or fragment; a trailing slash is dropped.
   *
   * @throws InvalidInputException for anything else
   */
  public ServerOptions withPublicUrl(URI newPublicUrl) {
    Copy c = new Copy(this);
    c.publicUrl = Optional.of(checkedPublicUrl(newPublicUrl));
    return c.build();
  }

  /** The fields of a copy being changed: one place that calls the canonical constructor. */
  private static final class Copy {
    private String host;
    private int port;
    private long maxRequestBytes;
    private DownloadFormats downloads;
    private RateLimit writeLimit;
    private RateLimit signInLimit;
    private Duration sessionLifetime;
    private boolean httpsOnly;
    private TrustedProxies trustedProxies;
    private Policy policy;
    private AccessLogSink accessLog;
    private Optional<URI> publicUrl;

    Copy(ServerOptions o) {
      host = o.host;
      port = o.port;
      maxRequestBytes = o.maxRequestBytes;
      downloads = o.downloads;
      writeLimit = o.writeLimit;
      signInLimit = o.signInLimit;
      sessionLifetime = o.sessionLifetime;
      httpsOnly = o.httpsOnly;
      trustedProxies = o.trustedProxies;
      policy = o.policy;
      accessLog = o.accessLog;
      publicUrl = o.publicUrl;
    }

    ServerOptions build() {
      return new ServerOptions(
          host,
          port,
          maxRequestBytes,
          downloads,
          writeLimit,
          signInLimit,
          sessionLifetime,
          httpsOnly,
          trustedProxies,
          policy,
          accessLog,
          publicUrl);
    }
  }

  private static URI checkedPublicUrl(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https"))
        || url.getHost() == null
        || url.getRawQuery() != null
        || url.getRawFragment() != null) {
      throw new InvalidInputException(
          "--public-url must be an http or https URL without query or fragment, such as"
              + " https://ports.example.org, was '"
              + url
              + "'");
    }
    String text = url.toString();
    return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
  }
}
