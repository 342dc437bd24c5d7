package org.portreg.server;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.portreg.server.spi.RateLimit;
import org.portreg.store.Store;

/**
 * A server in a process of its own, for tests that run several on one database: {@code java -cp
 * TEST-CLASSPATH org.portreg.server.ServerProcess JDBC-URL}. Prints {@code listening PORT} once it
 * listens, and stops when its standard input closes (or when killed).
 */
public final class ServerProcess {
  private ServerProcess() {}

  /** Serves the store at {@code args[0]} on a free loopback port until stdin closes. */
  public static void main(String[] args) throws IOException {
    ServerOptions options =
        ServerOptions.defaults()
            .withAddress("127.0.0.1", 0)
            .withRateLimits(new RateLimit(100_000, 10_000), new RateLimit(100_000, 10_000));
    try (Store store = Store.open(args[0]);
        RegistryServer server =
            RegistryServer.start(options, StoreRegistrySource.of(store, Duration.ZERO), store)) {
      System.out.println("listening " + server.port());
      System.out.flush();
      InputStream in = System.in;
      while (in.read() != -1) {
        // Nothing to read: the parent closes stdin to stop us.
      }
    }
  }
}
