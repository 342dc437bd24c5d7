package org.portreg.workflow;

import java.util.Locale;
import java.util.Optional;

/** Who acts on a request (DESIGN §6). */
public enum Role {
  /** Anyone: reads the registry and a request's public status; changes nothing. */
  ANONYMOUS,
  /** The person who submitted the request: follows it, answers questions, withdraws it. */
  APPLICANT,
  /** A designated expert, for some transports: reviews requests for those transports. */
  EXPERT,
  /**
   * A local expert: reviews the requests for the organisation's own registry (docs/local.md), of
   * any transport; IANA's requests are the transport experts'.
   */
  LOCAL_EXPERT,
  /** A registry administrator: checks requests, records IETF approvals, assigns. */
  ADMIN;

  /** The word used in files, options and output: {@code applicant}, {@code local-expert}, …. */
  public String word() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The role a user may hold named by {@code text} ({@code expert}, {@code local-expert} or {@code
   * local_expert}), case-insensitively; never {@link #ANONYMOUS}.
   */
  public static Optional<Role> parse(String text) {
    String word = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (Role role : values()) {
      if (role != ANONYMOUS && role.word().equals(word)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
