package org.portreg.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.portreg.error.StoreException;
import org.portreg.format.IsoInstant;

/**
 * The secrets a server signs with, one per purpose (such as {@code sign-in}): 32 random bytes made
 * by the first instance that asks and kept in the store, so that every instance on the database
 * signs and checks alike and a restart keeps what was signed before valid. Two instances asking at
 * once both get the one that was stored first. Thread-safe; a key once read is cached.
 */
public final class ServerKeys {
  /** The length of each key in bytes: HMAC-SHA256's block-size-friendly 256 bits. */
  public static final int LENGTH = 32;

  private final Transactions db;
  private final Clock clock;
  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  ServerKeys(Transactions db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * The key for {@code purpose}, made and stored on first use.
   *
   * @return a copy of the {@link #LENGTH} key bytes
   */
  public byte[] key(String purpose) {
    Objects.requireNonNull(purpose, "purpose");
    return cache.computeIfAbsent(purpose, this::readOrMake).clone();
  }

  private byte[] readOrMake(String purpose) {
    byte[] fresh = new byte[LENGTH];
    Secrets.fill(fresh);
    String stored =
        db.write(
            "make the server key '" + purpose + "'",
            c -> {
              Jdbc.update(
                  c,
                  db.sql().get("insert_server_key"),
                  purpose,
                  Base64.getEncoder().encodeToString(fresh),
                  IsoInstant.format(clock.instant()));
              return select(c, purpose);
            });
    byte[] key = Base64.getDecoder().decode(stored);
    if (key.length != LENGTH) {
      throw new StoreException(
          "the server key '"
              + purpose
              + "' in the store is "
              + key.length
              + " bytes, not "
              + LENGTH);
    }
    return key;
  }

  private String select(Connection c, String purpose) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(db.sql().get("select_server_key"))) {
      select.setString(1, purpose);
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }
}
