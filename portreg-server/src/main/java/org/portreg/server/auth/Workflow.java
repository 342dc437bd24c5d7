package org.portreg.server.auth;

import java.util.Optional;
import org.portreg.server.spi.FeatureUnavailableException;
import org.portreg.store.Accounts;
import org.portreg.store.DriftLog;
import org.portreg.store.LocalRegistry;
import org.portreg.store.Notifications;
import org.portreg.store.RateBuckets;
import org.portreg.store.Registrar;
import org.portreg.store.Revocations;
import org.portreg.store.ServerKeys;
import org.portreg.store.Store;
import org.portreg.store.Watches;

/**
 * The store's accounts and registrar, when the server runs on a store. A server over files ({@code
 * portreg serve --registry FILE}) has neither: requests, users and sign-in then answer that the
 * feature needs a store. Thread-safe.
 */
public final class Workflow {
  private final Optional<Store> store;

  public Workflow(Optional<Store> store) {
    this.store = store;
  }

  /** Whether users, sessions and requests are available. */
  public boolean isAvailable() {
    return store.isPresent();
  }

  /**
   * The users, tokens and sessions.
   *
   * @throws FeatureUnavailableException when the server runs without a store
   */
  public Accounts accounts() {
    return store().accounts();
  }

  /**
   * The requests and registration procedures.
   *
   * @throws FeatureUnavailableException when the server runs without a store
   */
  public Registrar registrar() {
    return store().registrar();
  }

  /**
   * Proposed revocations and their public comments.
   *
   * @throws FeatureUnavailableException when the server runs without a store
   */
  public Revocations revocations() {
    return store().revocations();
  }

  /**
   * The organisation's own assignments and their acknowledged findings.
   *
   * @throws FeatureUnavailableException when the server runs without a store
   */
  public LocalRegistry local() {
    return store().local();
  }

  /**
   * The e-mail outbox and each user's notification preference.
   *
   * @throws FeatureUnavailableException when the server runs without a store
   */
  public Notifications notifications() {
    return store().notifications();
  }

  /**
   * Saved watches and their webhook deliveries.
   *
   * @throws FeatureUnavailableException when the server runs without a store
   */
  public Watches watches() {
    return store().watches();
  }

  /**
   * The keys this server signs with, shared by every instance on the database.
   *
   * @throws FeatureUnavailableException when the server runs without a store
   */
  public ServerKeys serverKeys() {
    return store().serverKeys();
  }

  /**
   * The rate-limit buckets every instance on the database shares.
   *
   * @throws FeatureUnavailableException when the server runs without a store
   */
  public RateBuckets rateBuckets() {
    return store().rateBuckets();
  }

  /**
   * The drift of the stored IANA versions against the local assignments, with diffs and indexes
   * from {@code registries}.
   *
   * @throws FeatureUnavailableException when the server runs without a store
   */
  public DriftLog drift(DriftLog.Registries registries) {
    return store().drift(registries);
  }

  private Store store() {
    return store.orElseThrow(
        () ->
            new FeatureUnavailableException(
                "users and requests need a store: run `portreg serve --db JDBC-URL`"
                    + " instead of --registry"));
  }
}
