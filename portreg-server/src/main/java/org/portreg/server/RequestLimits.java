package org.portreg.server;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * Bounds request bodies at the Jetty level, before any handler reads them: a request announcing or
 * sending more than the limit gets 413. Headers are bounded by Jetty's default (8 KiB).
 */
final class RequestLimits {
  private RequestLimits() {}

  public static void install(Server server, long maxRequestBytes) {
    server.insertHandler(new SizeLimitHandler(maxRequestBytes, -1));
    server.setErrorHandler(new JettyErrors());
  }
}
