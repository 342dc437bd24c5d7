package org.portreg.store;

import java.util.Objects;
import java.util.Optional;

/**
 * A watch just saved, with the secret that signs its webhook bodies: the only time the secret is
 * shown. Immutable.
 *
 * @param watch the watch
 * @param secret the webhook's signing secret; empty for an e-mail watch
 */
public record CreatedWatch(Watch watch, Optional<String> secret) {
  /** Checks no component is null. */
  public CreatedWatch {
    Objects.requireNonNull(watch, "watch");
    Objects.requireNonNull(secret, "secret");
  }
}
