package org.portreg.server.http;

import org.portreg.error.RegistryException;

/**
 * The request needs a signed-in user and has none, or its credentials are bad (an unknown or
 * revoked API token). The HTTP answer is 401 with {@code WWW-Authenticate: Bearer}.
 */
public final class UnauthenticatedException extends RegistryException {
  private static final long serialVersionUID = 1L;

  public UnauthenticatedException(String message) {
    super(message);
  }
}
