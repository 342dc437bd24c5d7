package org.portreg.store;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.portreg.model.Transport;
import org.portreg.workflow.Role;

/**
 * Users, their API tokens and their web sessions. Passwords are kept as PBKDF2-HMAC-SHA256 hashes
 * (salted, 210,000 iterations); token and session secrets as SHA-256 hashes, so a copy of the
 * database signs nobody in. Every change is written to the audit log. Thread-safe.
 */
public final class Accounts {
  Accounts() {}

  /**
   * Adds a user.
   *
   * @param actor the username of who adds it (for the audit log), such as an admin or {@code
   *     portreg} for the command line
   * @throws IllegalArgumentException naming the field for a bad username, e-mail, password, role
   *     set or expert transports
   * @throws org.portreg.error.ConflictException when the username is taken (case-insensitively)
   */
  public User createUser(NewUser user, String actor) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Changes a user's roles, expert transports and whether they may sign in.
   *
   * @throws org.portreg.error.NotFoundException for an unknown username
   * @throws IllegalArgumentException for a bad role set or expert transports
   */
  public User updateUser(
      String username, Set<Role> roles, Set<Transport> expertFor, boolean active, String actor) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Every user, by username. */
  public List<User> users() {
    throw new UnsupportedOperationException("not yet");
  }

  /** The user with {@code username} (case-insensitive). */
  public Optional<User> user(String username) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * The active user whose password is {@code password}; empty for an unknown user, a wrong
   * password, an inactive user or one without a password. Takes the same time either way.
   */
  public Optional<User> authenticate(String username, String password) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Issues an API token for {@code username}.
   *
   * @throws org.portreg.error.NotFoundException for an unknown username
   */
  public IssuedToken issueToken(String username, String label, String actor) {
    throw new UnsupportedOperationException("not yet");
  }

  /** The active user a token secret acts for; empty for an unknown or revoked token. */
  public Optional<User> userForToken(String secret) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Revokes a token; a revoked token signs nobody in. */
  public void revokeToken(long tokenId, String actor) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Opens a web session for an active user, valid for {@code lifetime}. */
  public WebSession openSession(User user, Duration lifetime) {
    throw new UnsupportedOperationException("not yet");
  }

  /** The unexpired session of a cookie value, with its user as stored now. */
  public Optional<WebSession> session(String id) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Ends a session (sign out); unknown ids are ignored. */
  public void closeSession(String id) {
    throw new UnsupportedOperationException("not yet");
  }
}
