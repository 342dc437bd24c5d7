package org.portreg.server.spi;

import org.portreg.error.RegistryException;

/**
 * The request needs a part of portreg this server runs without (search before an engine is wired, a
 * store for history). The HTTP answer is 501.
 */
public class FeatureUnavailableException extends RegistryException {
  private static final long serialVersionUID = 1L;

  /** An exception naming what is unavailable and, where possible, how to get it. */
  public FeatureUnavailableException(String message) {
    super(message);
  }
}
