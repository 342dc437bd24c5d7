package org.portreg.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.portreg.format.IsoDate;
import org.portreg.format.IsoInstant;
import org.portreg.workflow.RevocationComment;
import org.portreg.workflow.RevocationProposal;
import org.portreg.workflow.RevocationState;

/** Reads and writes the rows of proposed revocations and their comments. Stateless. */
final class RevocationRows {
  private final Statements sql;

  RevocationRows(Statements sql) {
    this.sql = sql;
  }

  /** Inserts an open proposal; empty when the service has one open already. */
  OptionalLong insert(
      Connection c, RevocationProposal.Draft draft, String reason, String by, Instant at)
      throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(sql.get("insert_revocation"))) {
      insert.setString(1, draft.serviceName());
      insert.setString(2, key(draft.serviceName()));
      insert.setString(3, draft.records());
      insert.setString(4, reason);
      insert.setString(5, by);
      insert.setString(6, at.toString());
      insert.setString(7, draft.endsOn().toString());
      try (ResultSet rs = insert.executeQuery()) {
        return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
      }
    }
  }

  /** Proposal {@code id}. */
  Optional<RevocationProposal> byId(Connection c, long id) throws SQLException {
    return first(select(c, "select_revocation", id));
  }

  /** The open proposal of {@code serviceName}, in any case. */
  Optional<RevocationProposal> openOf(Connection c, String serviceName) throws SQLException {
    return first(select(c, "select_open_revocation_of", key(serviceName)));
  }

  /** The newest {@code limit} proposals, newest first. */
  List<RevocationProposal> newest(Connection c, int limit) throws SQLException {
    return select(c, "select_revocations", limit);
  }

  /**
   * Closes open proposal {@code id} in {@code state}.
   *
   * @return false when it was not open (closed meanwhile)
   */
  boolean close(Connection c, long id, RevocationProposal.Closure closure, RevocationState state)
      throws SQLException {
    try (PreparedStatement update = c.prepareStatement(sql.get("close_revocation"))) {
      update.setString(1, state.word());
      update.setString(2, closure.by());
      update.setString(3, IsoInstant.format(closure.at()));
      update.setString(4, closure.reason());
      update.setLong(5, id);
      return update.executeUpdate() == 1;
    }
  }

  /** Appends a comment and answers it. */
  RevocationComment comment(Connection c, long id, String author, Instant at, String text)
      throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(sql.get("insert_revocation_comment"))) {
      insert.setLong(1, id);
      insert.setString(2, author);
      insert.setString(3, at.toString());
      insert.setString(4, text);
      try (ResultSet rs = insert.executeQuery()) {
        rs.next();
        return new RevocationComment(rs.getLong(1), id, author, at, text);
      }
    }
  }

  /** The comments of proposal {@code id}, oldest first. */
  List<RevocationComment> comments(Connection c, long id) throws SQLException {
    List<RevocationComment> comments = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(sql.get("select_revocation_comments"))) {
      select.setLong(1, id);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          comments.add(
              new RevocationComment(
                  rs.getLong(1),
                  rs.getLong(2),
                  rs.getString(3),
                  IsoInstant.parse(rs.getString(4)),
                  rs.getString(5)));
        }
      }
    }
    return comments;
  }

  private List<RevocationProposal> select(Connection c, String statement, Object param)
      throws SQLException {
    List<RevocationProposal> found = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(sql.get(statement))) {
      select.setObject(1, param);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          found.add(proposal(rs));
        }
      }
    }
    return found;
  }

  private static RevocationProposal proposal(ResultSet rs) throws SQLException {
    RevocationState state = RevocationState.parse(rs.getString(8));
    Optional<RevocationProposal.Closure> closure =
        state == RevocationState.OPEN
            ? Optional.empty()
            : Optional.of(
                new RevocationProposal.Closure(
                    rs.getString(9), IsoInstant.parse(rs.getString(10)), rs.getString(11)));
    return new RevocationProposal(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        IsoInstant.parse(rs.getString(6)),
        IsoDate.parse(rs.getString(7)),
        state,
        closure,
        rs.getInt(12));
  }

  private static <T> Optional<T> first(List<T> list) {
    return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
  }

  /** The key a service name is compared by: lower case, as the registry compares names. */
  static String key(String serviceName) {
    return serviceName.strip().toLowerCase(Locale.ROOT);
  }
}
