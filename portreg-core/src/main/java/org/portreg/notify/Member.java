package org.portreg.notify;

import java.util.Objects;
import org.portreg.workflow.User;

/**
 * A user and what they want to hear.
 *
 * @param user the account
 * @param preference the user's notification preference
 */
public record Member(User user, NotifyPreference preference) {
  /** Checks no component is null. */
  public Member {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(preference, "preference");
  }
}
