package org.portreg.server.http;

import org.portreg.error.RegistryException;

/**
 * A client sent more requests than its {@link org.portreg.server.spi.RateLimit} allows. The HTTP
 * answer is 429.
 */
public final class RateLimitedException extends RegistryException {
  private static final long serialVersionUID = 1L;

  private final long retryAfterSeconds;

  public RateLimitedException(String message, long retryAfterSeconds) {
    super(message);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** How long the client should wait before trying again, in whole seconds (at least 1). */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
