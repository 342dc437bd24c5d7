package org.portreg.workflow;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.portreg.model.Transport;

/**
 * A person who may sign in: an applicant, an expert (for some transports), an administrator, or
 * several of these. Immutable.
 *
 * @param id the store's number for the user
 * @param username the sign-in name, lower case ({@code [a-z0-9][a-z0-9._-]{0,63}})
 * @param displayName the name shown on pages
 * @param email the e-mail address; private, never shown to anonymous readers
 * @param roles the roles held; never {@link Role#ANONYMOUS}, never empty
 * @param expertFor the transports the user reviews as an expert; empty unless an expert
 * @param active whether the user may sign in and act
 * @param createdAt when the user was added
 */
public record User(
    long id,
    String username,
    String displayName,
    String email,
    Set<Role> roles,
    Set<Transport> expertFor,
    boolean active,
    Instant createdAt) {
  /** Copies the sets and checks the roles. */
  public User {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(email, "email");
    roles =
        Collections.unmodifiableSet(
            roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    expertFor =
        Collections.unmodifiableSet(
            expertFor.isEmpty() ? EnumSet.noneOf(Transport.class) : EnumSet.copyOf(expertFor));
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Whether the user holds {@code role}. */
  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  /** The workflow actor this user is in {@code role}, if the user holds it. */
  public Optional<Actor> as(Role role) {
    if (!active || !roles.contains(role)) {
      return Optional.empty();
    }
    return Optional.of(role == Role.EXPERT ? new Actor(role, expertFor) : Actor.of(role));
  }
}
