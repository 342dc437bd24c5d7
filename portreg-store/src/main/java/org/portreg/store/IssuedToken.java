package org.portreg.store;

import java.time.Instant;
import java.util.Objects;

/**
 * An API token as issued: the secret is shown this once; the store keeps only its SHA-256.
 *
 * @param id the store's number for the token
 * @param userId the user the token acts for
 * @param label what the token is for, as its owner named it
 * @param secret the bearer secret ({@code prt_} and 43 base64url characters)
 * @param createdAt when it was issued
 */
public record IssuedToken(long id, long userId, String label, String secret, Instant createdAt) {
  /** Checks no component is null. */
  public IssuedToken {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  @Override
  public String toString() {
    return "IssuedToken[id=" + id + ", userId=" + userId + ", label=" + label + "]";
  }
}
