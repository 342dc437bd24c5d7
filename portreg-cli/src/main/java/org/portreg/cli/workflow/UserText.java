package org.portreg.cli.workflow;

import java.util.stream.Collectors;
import org.portreg.model.Transport;
import org.portreg.workflow.User;

/**
 * Users as text for people: the one line that {@code user add}, {@code list} and {@code update}
 * print.
 */
final class UserText {
  private UserText() {}

  /** {@code jane expert(tcp,udp),admin Jane Doe <jane@example.org>}, and whether inactive. */
  static String describe(User u) {
    String roles =
        u.roles().stream()
            .map(r -> r.word() + expertise(r.name(), u))
            .collect(Collectors.joining(","));
    String inactive = u.active() ? "" : "  (inactive)";
    return u.username() + "  " + roles + "  " + u.displayName() + " <" + u.email() + ">" + inactive;
  }

  private static String expertise(String role, User u) {
    if (!role.equals("EXPERT")) {
      return "";
    }
    return u.expertFor().stream().map(Transport::token).collect(Collectors.joining(",", "(", ")"));
  }
}
