package org.portreg.notify;

import java.util.Objects;

/**
 * A message from the outbox, claimed by one sender.
 *
 * @param id the outbox row
 * @param message what to send
 * @param attempts how many sends failed before this one
 */
public record OutgoingMessage(long id, Message message, int attempts) {
  /** Checks no component is null. */
  public OutgoingMessage {
    Objects.requireNonNull(message, "message");
  }
}
