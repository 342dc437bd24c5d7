package org.portreg.store;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.portreg.error.InvalidInputException;
import org.portreg.model.Transport;
import org.portreg.workflow.Role;

/** The rules for what a user account may hold; each broken one names the field. Stateless. */
final class UserChecks {
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  private static final int MIN_PASSWORD = 10;

  private UserChecks() {}

  static String checkUsername(String username) {
    String key = username.strip().toLowerCase(Locale.ROOT);
    if (!USERNAME.matcher(key).matches()) {
      throw new InvalidInputException(
          "username: must be 1-64 of a-z 0-9 . _ - starting with a letter or digit, was '"
              + username
              + "'");
    }
    return key;
  }

  static void checkEmail(String email) {
    String e = email.strip();
    if (e.isEmpty() || !e.contains("@") || e.chars().anyMatch(Character::isWhitespace)) {
      throw new InvalidInputException("email: must be an e-mail address, was '" + email + "'");
    }
  }

  static void checkPassword(String password) {
    if (password.length() < MIN_PASSWORD) {
      throw new InvalidInputException(
          "password: must have at least " + MIN_PASSWORD + " characters");
    }
  }

  static void checkRoles(Set<Role> roles, Set<Transport> expertFor) {
    if (roles.isEmpty() || roles.contains(Role.ANONYMOUS)) {
      throw new InvalidInputException(
          "roles: must be one or more of applicant, expert, local-expert, admin, was " + roles);
    }
    if (roles.contains(Role.EXPERT) == expertFor.isEmpty()) {
      throw new InvalidInputException(
          roles.contains(Role.EXPERT)
              ? "expertFor: an expert needs the transports they review"
              : "expertFor: only an expert reviews transports, was " + expertFor);
    }
  }
}
