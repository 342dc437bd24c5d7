package org.portreg.server.web.view;

import java.util.List;

/**
 * The administrator's page: requests waiting for an administrator, the lifecycle forms, users and
 * the audit log.
 *
 * @param csrf the session's form token
 * @param waiting requests whose next step is an administrator's, oldest first
 * @param users every user
 * @param audit the newest audit entries, newest first
 */
public record AdminPage(
    String csrf, List<RequestRow> waiting, List<UserRow> users, List<AuditRow> audit) {
  /** The transports offered, as tokens. */
  public static final List<String> TRANSPORTS = RequestFormPage.TRANSPORTS;

  /** Copies the lists. */
  public AdminPage {
    waiting = List.copyOf(waiting);
    users = List.copyOf(users);
    audit = List.copyOf(audit);
  }

  /**
   * A user as the users table shows and edits it.
   *
   * @param username the sign-in name
   * @param displayName the name shown
   * @param email the e-mail address
   * @param roles the role names held, lower case
   * @param expertFor the transports reviewed, as tokens
   * @param active whether the user may sign in
   */
  public record UserRow(
      String username,
      String displayName,
      String email,
      List<String> roles,
      List<String> expertFor,
      boolean active) {
    /** Copies the lists. */
    public UserRow {
      roles = List.copyOf(roles);
      expertFor = List.copyOf(expertFor);
    }

    /** Whether the user holds role {@code name} (lower case). */
    public boolean has(String name) {
      return roles.contains(name);
    }

    /** Whether the user reviews transport {@code token}. */
    public boolean reviews(String token) {
      return expertFor.contains(token);
    }
  }

  /**
   * One audit entry.
   *
   * @param at when, in UTC
   * @param actor who acted
   * @param action what was done
   * @param target what it was done to
   * @param reason why
   */
  public record AuditRow(String at, String actor, String action, String target, String reason) {}
}
