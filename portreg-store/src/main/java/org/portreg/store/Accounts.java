package org.portreg.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.portreg.error.ConflictException;
import org.portreg.error.InvalidInputException;
import org.portreg.error.NotFoundException;
import org.portreg.format.IsoInstant;
import org.portreg.model.Transport;
import org.portreg.workflow.AuditEntry;
import org.portreg.workflow.NewUser;
import org.portreg.workflow.Role;
import org.portreg.workflow.User;

/**
 * Users, their API tokens and their web sessions. Passwords are kept as salted PBKDF2-HMAC-SHA256
 * hashes (600,000 iterations); token and session secrets as SHA-256 hashes, so a copy of the
 * database signs nobody in. Every change to a user or token is written to the audit log. Sessions
 * live in the database, so every server instance knows every session. Thread-safe.
 */
public final class Accounts {

  /** The prefix of every API token, so that a leaked one is recognizable in logs and scans. */
  public static final String TOKEN_PREFIX = "prt_";

  private final Transactions db;
  private final AuditLog audit;
  private final Clock clock;

  Accounts(Transactions db, AuditLog audit, Clock clock) {
    this.db = db;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Adds a user.
   *
   * @param actor the username of who adds it (for the audit log), such as an admin, or {@code
   *     cli:root} for the command line
   * @throws InvalidInputException naming the field for a bad username, e-mail, password, role set
   *     or expert transports
   * @throws ConflictException when the username is taken (case-insensitively)
   */
  public User createUser(NewUser user, String actor) {
    String username = UserChecks.checkUsername(user.username());
    UserChecks.checkRoles(user.roles(), user.expertFor());
    UserChecks.checkEmail(user.email());
    user.password().ifPresent(UserChecks::checkPassword);
    String hash = user.password().map(Secrets::hashPassword).orElse(null);
    return db.write("add user " + username, c -> insertUser(c, user, username, hash, actor));
  }

  private User insertUser(Connection c, NewUser user, String username, String hash, String actor)
      throws SQLException {
    if (findUser(c, username).isPresent()) {
      throw new ConflictException("user '" + username + "' already exists");
    }
    Instant now = clock.instant();
    try (PreparedStatement insert = c.prepareStatement(db.sql().get("insert_user"))) {
      insert.setString(1, username);
      insert.setString(2, user.displayName().strip());
      insert.setString(3, user.email().strip());
      insert.setString(4, hash);
      insert.setString(5, UserRows.rolesText(user.roles()));
      insert.setString(6, UserRows.transportsText(user.expertFor()));
      insert.setInt(7, 1);
      insert.setString(8, IsoInstant.format(now));
      insert.executeQuery().close();
    }
    User created = findUser(c, username).orElseThrow();
    audit.append(c, entry(now, actor, "USER_ADD", created, "added", "null", describe(created)));
    return created;
  }

  /**
   * Changes a user's roles, expert transports and whether they may sign in.
   *
   * @throws NotFoundException for an unknown username
   * @throws InvalidInputException for a bad role set or expert transports
   */
  public User updateUser(
      String username, Set<Role> roles, Set<Transport> expertFor, boolean active, String actor) {
    UserChecks.checkRoles(roles, expertFor);
    String key = username.strip().toLowerCase(Locale.ROOT);
    return db.write(
        "update user " + key,
        c -> {
          User before = findUser(c, key).orElseThrow(() -> unknownUser(key));
          try (PreparedStatement update = c.prepareStatement(db.sql().get("update_user"))) {
            update.setString(1, UserRows.rolesText(roles));
            update.setString(2, UserRows.transportsText(expertFor));
            update.setInt(3, active ? 1 : 0);
            update.setString(4, key);
            update.executeUpdate();
          }
          User after = findUser(c, key).orElseThrow();
          audit.append(
              c,
              entry(
                  clock.instant(),
                  actor,
                  "USER_UPDATE",
                  after,
                  "changed",
                  describe(before),
                  describe(after)));
          return after;
        });
  }

  /**
   * Sets a user's web sign-in password (their API tokens and sessions stay).
   *
   * @throws NotFoundException for an unknown username
   * @throws InvalidInputException for a password that is too short
   */
  public User setPassword(String username, String password, String actor) {
    UserChecks.checkPassword(password);
    String key = username.strip().toLowerCase(Locale.ROOT);
    return db.write(
        "set the password of " + key,
        c -> {
          User user = findUser(c, key).orElseThrow(() -> unknownUser(key));
          try (PreparedStatement update = c.prepareStatement(db.sql().get("update_password"))) {
            update.setString(1, Secrets.hashPassword(password));
            update.setString(2, key);
            update.executeUpdate();
          }
          audit.append(
              c,
              entry(
                  clock.instant(),
                  actor,
                  "USER_PASSWORD",
                  user,
                  "password set",
                  describe(user),
                  describe(user)));
          return user;
        });
  }

  /** Every user, by username. */
  public List<User> users() {
    return db.read("read users", c -> UserRows.all(c, db.sql().get("select_users")));
  }

  /** The user with {@code username} (case-insensitive). */
  public Optional<User> user(String username) {
    String key = username.strip().toLowerCase(Locale.ROOT);
    return db.read("read user " + key, c -> findUser(c, key));
  }

  /**
   * The active user whose password is {@code password}; empty for an unknown user, a wrong
   * password, an inactive user or one without a password. Takes about the same time either way.
   */
  public Optional<User> authenticate(String username, String password) {
    String key = username.strip().toLowerCase(Locale.ROOT);
    String stored =
        db.read(
            "sign in " + key,
            c -> {
              try (PreparedStatement select =
                  c.prepareStatement(db.sql().get("select_password_hash"))) {
                select.setString(1, key);
                try (ResultSet rs = select.executeQuery()) {
                  return rs.next() ? rs.getString(1) : null;
                }
              }
            });
    if (!Secrets.matches(password, stored)) {
      return Optional.empty();
    }
    return user(key).filter(User::active);
  }

  /**
   * Issues an API token for {@code username}.
   *
   * @throws NotFoundException for an unknown username
   */
  public IssuedToken issueToken(String username, String label, String actor) {
    String key = username.strip().toLowerCase(Locale.ROOT);
    String secret = TOKEN_PREFIX + Secrets.random();
    return db.write(
        "issue a token for " + key,
        c -> {
          User owner = findUser(c, key).orElseThrow(() -> unknownUser(key));
          Instant now = clock.instant();
          long id;
          try (PreparedStatement insert = c.prepareStatement(db.sql().get("insert_token"))) {
            insert.setLong(1, owner.id());
            insert.setString(2, label.strip());
            insert.setString(3, Secrets.sha256(secret));
            insert.setString(4, IsoInstant.format(now));
            try (ResultSet rs = insert.executeQuery()) {
              rs.next();
              id = rs.getLong(1);
            }
          }
          String after = AuditLog.json(Map.of("token", id, "label", label.strip()));
          audit.append(c, entry(now, actor, "TOKEN_ISSUE", owner, label.strip(), "null", after));
          return new IssuedToken(id, owner.id(), label.strip(), secret, now);
        });
  }

  /** The active user a token secret acts for; empty for an unknown or revoked token. */
  public Optional<User> userForToken(String secret) {
    if (secret == null || !secret.startsWith(TOKEN_PREFIX)) {
      return Optional.empty();
    }
    String hash = Secrets.sha256(secret);
    return db.read(
        "check a token",
        c -> {
          try (PreparedStatement select = c.prepareStatement(db.sql().get("select_token_user"))) {
            select.setString(1, hash);
            try (ResultSet rs = select.executeQuery()) {
              return rs.next()
                  ? userById(c, rs.getLong(1)).filter(User::active)
                  : Optional.<User>empty();
            }
          }
        });
  }

  /**
   * Revokes a token; a revoked token signs nobody in.
   *
   * @throws NotFoundException for an unknown token
   */
  public void revokeToken(long tokenId, String actor) {
    db.write(
        "revoke token " + tokenId,
        c -> {
          String owner = tokenOwner(c, tokenId);
          Instant now = clock.instant();
          try (PreparedStatement revoke = c.prepareStatement(db.sql().get("revoke_token"))) {
            revoke.setString(1, IsoInstant.format(now));
            revoke.setLong(2, tokenId);
            revoke.executeUpdate();
          }
          String before = AuditLog.json(Map.of("token", tokenId));
          audit.append(
              c,
              new AuditEntry(
                  0, now, actor, "TOKEN_REVOKE", "user/" + owner, "revoked", before, "null"));
          return null;
        });
  }

  private String tokenOwner(Connection c, long tokenId) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(db.sql().get("select_token_owner"))) {
      select.setLong(1, tokenId);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          throw new NotFoundException("no API token numbered " + tokenId);
        }
        return rs.getString(1);
      }
    }
  }

  /**
   * Opens a web session for an active user, valid for {@code lifetime}; expired sessions of anyone
   * are removed on the way.
   */
  public WebSession openSession(User user, Duration lifetime) {
    if (!user.active()) {
      throw new IllegalArgumentException("user '" + user.username() + "' is not active");
    }
    String id = Secrets.random();
    String csrf = Secrets.random();
    Instant now = clock.instant();
    Instant expires = now.plus(lifetime);
    db.write(
        "open a session",
        c -> {
          deleteExpired(c, now);
          try (PreparedStatement insert = c.prepareStatement(db.sql().get("insert_session"))) {
            insert.setString(1, Secrets.sha256(id));
            insert.setLong(2, user.id());
            insert.setString(3, csrf);
            insert.setString(4, IsoInstant.format(now));
            insert.setString(5, expires.toString());
            insert.executeUpdate();
          }
          return null;
        });
    return new WebSession(id, user, csrf, expires);
  }

  private void deleteExpired(Connection c, Instant now) throws SQLException {
    try (PreparedStatement delete = c.prepareStatement(db.sql().get("delete_expired_sessions"))) {
      delete.setString(1, IsoInstant.format(now));
      delete.executeUpdate();
    }
  }

  /** The unexpired session of a cookie value, with its user as stored now (active users only). */
  public Optional<WebSession> session(String id) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    return db.read("read a session", c -> findSession(c, id));
  }

  private Optional<WebSession> findSession(Connection c, String id) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(db.sql().get("select_session"))) {
      select.setString(1, Secrets.sha256(id));
      select.setString(2, IsoInstant.format(clock.instant()));
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        long userId = rs.getLong(1);
        String csrf = rs.getString(2);
        Instant expires = IsoInstant.parse(rs.getString(3));
        return userById(c, userId)
            .filter(User::active)
            .map(u -> new WebSession(id, u, csrf, expires));
      }
    }
  }

  /** Ends a session (sign out); unknown ids are ignored. */
  public void closeSession(String id) {
    Objects.requireNonNull(id, "id");
    db.write(
        "close a session",
        c -> {
          try (PreparedStatement delete = c.prepareStatement(db.sql().get("delete_session"))) {
            delete.setString(1, Secrets.sha256(id));
            delete.executeUpdate();
          }
          return null;
        });
  }

  Optional<User> findUser(Connection c, String username) throws SQLException {
    return UserRows.one(c, db.sql().get("select_user_by_name"), username);
  }

  private Optional<User> userById(Connection c, long id) throws SQLException {
    return UserRows.one(c, db.sql().get("select_user_by_id"), id);
  }

  private static NotFoundException unknownUser(String username) {
    return new NotFoundException("no user '" + username + "'");
  }

  private static AuditEntry entry(
      Instant at,
      String actor,
      String action,
      User user,
      String reason,
      String before,
      String after) {
    return new AuditEntry(0, at, actor, action, "user/" + user.username(), reason, before, after);
  }

  private static String describe(User user) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("username", user.username());
    fields.put("roles", List.of(UserRows.rolesText(user.roles()).split(",")));
    fields.put("expertFor", user.expertFor().stream().map(Transport::token).toList());
    fields.put("active", user.active());
    return AuditLog.json(fields);
  }
}
