package org.portreg.server;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.util.JavalinBindException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.portreg.server.auth.Workflow;
import org.portreg.server.http.SecurityHeaders;
import org.portreg.server.spi.AccessLogSink;
import org.portreg.server.spi.RegistrySource;
import org.portreg.store.Store;

/**
 * The registry's HTTP server: downloads, the JSON API, web pages, health and metrics. Start one
 * with {@link #start}; {@link #close()} stops it gracefully (requests in flight may finish within a
 * few seconds). Thread-safe.
 */
public final class RegistryServer implements AutoCloseable {
  /** How long {@link #close()} lets requests in flight finish, in milliseconds. */
  static final long STOP_TIMEOUT_MILLIS = 5_000;

  private final Javalin app;
  private final Routes routes;

  private RegistryServer(Javalin app, Routes routes) {
    this.app = app;
    this.routes = routes;
  }

  /**
   * Starts a server over {@code source} and returns once it listens.
   *
   * @throws UncheckedIOException naming the address when it cannot be bound
   */
  public static RegistryServer start(ServerOptions options, RegistrySource source) {
    return start(options, source, Optional.empty());
  }

  /**
   * Starts a server over {@code source} with the users, sessions and requests of {@code store}
   * (usually the store {@code source} reads), and returns once it listens. The caller keeps
   * ownership of the store and closes it after the server.
   *
   * @throws UncheckedIOException naming the address when it cannot be bound
   */
  public static RegistryServer start(ServerOptions options, RegistrySource source, Store store) {
    return start(options, source, Optional.of(Objects.requireNonNull(store, "store")));
  }

  private static RegistryServer start(
      ServerOptions options, RegistrySource source, Optional<Store> store) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(source, "source");
    Routes routes = new Routes(options, source, new Workflow(store));
    Javalin app = Javalin.create(config -> configure(config, options, routes));
    try {
      app.start(options.host(), options.port());
    } catch (JavalinBindException e) {
      String where = options.host() + ":" + options.port();
      throw new UncheckedIOException(
          "cannot listen on " + where + ": the address is already in use or not available here",
          new BindException(where));
    }
    routes.startBackground();
    return new RegistryServer(app, routes);
  }

  private static void configure(JavalinConfig config, ServerOptions options, Routes routes) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.http.maxRequestSize = options.maxRequestBytes();
    config.http.prefer405over404 = true;
    config.http.compressionStrategy = CompressionStrategy.GZIP;
    config.jetty.modifyServer(server -> server.setStopTimeout(STOP_TIMEOUT_MILLIS));
    config.jetty.modifyServer(server -> RequestLimits.install(server, options.maxRequestBytes()));
    config.jetty.modifyServer(server -> server.insertHandler(routes.lookupFastPath()));
    if (options.accessLog() != AccessLogSink.OFF) {
      config.jetty.modifyServer(server -> server.setRequestLog(new AccessLog(options.accessLog())));
    }
    config.requestLogger.http(routes::record);
    config.routes.before(ctx -> SecurityHeaders.apply(ctx, options.httpsOnly()));
    config.routes.exception(Exception.class, routes::fail);
    config.routes.error(404, routes::unmatched);
    config.routes.error(405, routes::unmatched);
    routes.addTo(config.routes);
  }

  /** The port the server listens on (the chosen one when started with port 0). */
  public int port() {
    return app.port();
  }

  /** Every route as {@code METHOD /path/{param}}, for tests that walk them all. */
  List<String> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(h -> h.endpoint.method.name() + " " + h.endpoint.path)
        .toList();
  }

  /** Stops accepting requests, lets those in flight finish, and releases the port. */
  @Override
  public void close() {
    routes.stopBackground();
    app.stop();
  }

  /** The route of a request for metrics: its matched path pattern, or {@code unmatched}. */
  static String routeOf(Context ctx) {
    try {
      var endpoint = ctx.endpoints().matchedHttpEndpoint();
      return endpoint == null ? "unmatched" : endpoint.path;
    } catch (RuntimeException e) {
      // Javalin throws when no endpoint matched; that is an answer, not a failure.
      return "unmatched";
    }
  }
}
