package org.portreg.workflow;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.portreg.model.Transport;

/**
 * What the store needs to add a user (its password is hashed there, never kept here).
 *
 * @param username the sign-in name; folded to lower case, must match {@code
 *     [a-z0-9][a-z0-9._-]{0,63}}
 * @param displayName the name shown on pages
 * @param email the e-mail address
 * @param password the password for web sign-in (at least 10 characters), or empty for a user that
 *     only uses API tokens
 * @param roles the roles, not empty, never {@link Role#ANONYMOUS}
 * @param expertFor the transports reviewed; required with {@link Role#EXPERT}, empty otherwise
 */
public record NewUser(
    String username,
    String displayName,
    String email,
    Optional<String> password,
    Set<Role> roles,
    Set<Transport> expertFor) {
  /** Copies the sets and checks no component is null. */
  public NewUser {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(password, "password");
    roles = Set.copyOf(roles);
    expertFor = Set.copyOf(expertFor);
  }
}
