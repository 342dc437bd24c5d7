package org.portreg.store;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A saved watch: a user's search query and where its matching changes go (docs/notifications.md).
 * The webhook secret is not part of it: it is shown once, when the watch is made ({@link
 * CreatedWatch}). Immutable.
 *
 * @param id the watch's number
 * @param owner the username of the user who saved it
 * @param query the search query, in the registry's search syntax
 * @param kind how its changes are delivered
 * @param url the webhook's URL; empty for an e-mail watch
 * @param createdAt when it was saved
 * @param failures webhook deliveries that failed in a row
 * @param disabledAt when it was disabled after too many failures; empty while active
 */
public record Watch(
    long id,
    String owner,
    String query,
    Kind kind,
    Optional<String> url,
    Instant createdAt,
    int failures,
    Optional<Instant> disabledAt) {

  /** How a watch delivers. */
  public enum Kind {
    /** An e-mail to the owner's address, through the outbox. */
    EMAIL,
    /** A signed JSON POST to a URL. */
    WEBHOOK;

    /** The word stored and shown: {@code email} or {@code webhook}. */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Kind parse(String word) {
      return valueOf(word.toUpperCase(Locale.ROOT));
    }
  }

  /** Checks no component is null. */
  public Watch {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(disabledAt, "disabledAt");
  }

  /** Whether it still delivers. */
  public boolean active() {
    return disabledAt.isEmpty();
  }
}
