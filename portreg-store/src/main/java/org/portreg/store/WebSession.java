package org.portreg.store;

import java.time.Instant;
import java.util.Objects;
import org.portreg.workflow.User;

/**
 * A signed-in browser session, kept in the store so that every server instance knows it.
 *
 * @param id the session secret sent in the cookie; the store keeps only its SHA-256
 * @param user the signed-in user
 * @param csrfToken the token every form of this session must carry
 * @param expiresAt when the session ends
 */
public record WebSession(String id, User user, String csrfToken, Instant expiresAt) {
  /** Checks no component is null. */
  public WebSession {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(csrfToken, "csrfToken");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  @Override
  public String toString() {
    return "WebSession[user=" + user.username() + ", expiresAt=" + expiresAt + "]";
  }
}
