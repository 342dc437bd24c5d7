package org.portreg.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.portreg.format.IsoInstant;
import org.portreg.model.Transport;
import org.portreg.notify.Member;
import org.portreg.notify.NotifyPreference;
import org.portreg.workflow.Role;
import org.portreg.workflow.User;

/** Reads users from rows; roles and transports are kept as comma lists. Stateless. */
final class UserRows {
  private UserRows() {}

  static Optional<User> one(Connection c, String statement, Object key) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(statement)) {
      select.setObject(1, key);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? Optional.of(user(rs)) : Optional.empty();
      }
    }
  }

  static List<User> all(Connection c, String statement) throws SQLException {
    List<User> users = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(statement);
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        users.add(user(rs));
      }
    }
    return users;
  }

  /** Every user with their notification preference (column 9). */
  static List<Member> members(Connection c, String statement) throws SQLException {
    List<Member> members = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(statement);
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        members.add(new Member(user(rs), NotifyPreference.parse(rs.getString(9))));
      }
    }
    return members;
  }

  private static User user(ResultSet rs) throws SQLException {
    return new User(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        roles(rs.getString(5)),
        transports(rs.getString(6)),
        rs.getInt(7) != 0,
        IsoInstant.parse(rs.getString(8)));
  }

  static String rolesText(Set<Role> roles) {
    return roles.stream()
        .sorted()
        .map(r -> r.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(","));
  }

  static String transportsText(Set<Transport> transports) {
    return transports.stream().sorted().map(Transport::token).collect(Collectors.joining(","));
  }

  static Set<Role> roles(String text) {
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    items(text).forEach(r -> roles.add(Role.valueOf(r.toUpperCase(Locale.ROOT))));
    return roles;
  }

  static Set<Transport> transports(String text) {
    EnumSet<Transport> transports = EnumSet.noneOf(Transport.class);
    items(text).forEach(t -> transports.add(Transport.parse(t).orElseThrow()));
    return transports;
  }

  private static List<String> items(String text) {
    return text.isEmpty() ? List.of() : Arrays.asList(text.split(","));
  }
}
