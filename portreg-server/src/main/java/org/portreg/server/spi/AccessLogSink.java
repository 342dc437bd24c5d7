package org.portreg.server.spi;

/**
 * Where the server's access log goes: one line per request (time, method, path with query, status,
 * bytes of the body sent, duration). Implementations must be thread-safe; a line has no line end.
 */
@FunctionalInterface
public interface AccessLogSink {
  /** No access log. */
  AccessLogSink OFF = line -> {};

  /** Takes one line. */
  void write(String line);
}
