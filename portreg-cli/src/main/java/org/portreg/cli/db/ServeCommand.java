package org.portreg.cli.db;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.InputLimit;
import org.portreg.cli.common.PolicyOption;
import org.portreg.cli.common.Terminal;
import org.portreg.cli.common.UsageException;
import org.portreg.cli.common.UserInput;
import org.portreg.data.BundledRegistry;
import org.portreg.error.StoreException;
import org.portreg.io.Registries;
import org.portreg.model.Registry;
import org.portreg.server.InMemoryRegistrySource;
import org.portreg.server.MailSender;
import org.portreg.server.RegistryServer;
import org.portreg.server.ServerOptions;
import org.portreg.server.StoreRegistrySource;
import org.portreg.server.WatchSender;
import org.portreg.server.spi.AccessLogSink;
import org.portreg.server.spi.RegistrySource;
import org.portreg.server.spi.TrustedProxies;
import org.portreg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code portreg serve [--port 8080] [--bind 127.0.0.1] [--db URL] [--import FILE|URL] [--smtp URL
 * --mail-from ADDRESS ...]} or {@code [--registry FILE]...}: runs the registry server until SIGTERM
 * or Ctrl-C, then stops it gracefully. Without {@code --registry} it serves the store and picks up
 * new versions within the poll interval.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the registry over HTTP: pages, JSON API, downloads, health, metrics.")
public final class ServeCommand implements Callable<Integer> {
  @ParentCommand private Terminal main;

  @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default: 8080).")
  private int port = 8080;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      description = "Address to listen on (default: 127.0.0.1).")
  private String bind = "127.0.0.1";

  @Option(
      names = "--registry",
      paramLabel = "FILE",
      description =
          "Serve these files from memory instead of the store (.xml or .xml.gz); repeat for"
              + " several versions, the newest is current.")
  private List<Path> registries = new ArrayList<>();

  @Option(
      names = "--db",
      paramLabel = "JDBC-URL",
      description =
          "Database: jdbc:sqlite:PATH or jdbc:postgresql://HOST/DB?user=... "
              + "(default: $PORTREG_DB, else SQLite under the user's data directory).")
  private String db;

  @Option(
      names = "--import",
      paramLabel = "FILE|URL",
      description =
          "What to import when the store is empty (default: IANA's XML; offline the server"
              + " starts empty and says how to import).")
  private String importFrom;

  @Option(
      names = "--https-only",
      description =
          "Clients reach the server over https only, through a TLS-terminating proxy: session"
              + " cookies are always Secure and responses carry Strict-Transport-Security.")
  private boolean httpsOnly;

  @Mixin private MailSettings mail = new MailSettings();

  @Option(
      names = "--trusted-proxy",
      split = ",",
      paramLabel = "CIDR",
      description =
          "Proxies whose X-Forwarded-For names the client for rate limits, such as 10.0.0.0/8 or"
              + " ::1 (default: none; the connection's peer is the client).")
  private List<String> trustedProxies = new ArrayList<>();

  @Option(
      names = "--access-log",
      paramLabel = "FILE|off",
      description =
          "Where the access log goes, one line per request (time, method, path, status, bytes,"
              + " duration): a file (appended), or off (default: standard error).")
  private String accessLog;

  @Option(
      names = "--public-url",
      paramLabel = "URL",
      description =
          "The server's public base URL (https://ports.example.org): the feed's absolute links"
              + " use it; without it they are relative.")
  private URI publicUrl;

  /** The policy /api/v1/check applies, as `portreg check` finds it. */
  @Mixin private PolicyOption policy;

  @Option(
      names = "--poll",
      paramLabel = "SECONDS",
      description = "How often to look for new versions in the store (default: 2).")
  private double pollSeconds = 2;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new UsageException("--port must be in 0..65535, was " + port);
    }
    if (!registries.isEmpty() && (db != null || importFrom != null || mail.given())) {
      throw new UsageException(
          "--registry serves files: it does not combine with --db, --import or mail options");
    }
    if (pollSeconds < 0) {
      throw new UsageException("--poll must not be negative, was " + pollSeconds);
    }
    if (!registries.isEmpty()) {
      return serve(
          InMemoryRegistrySource.of(registries.stream().map(InputLimit::read).toList()),
          Optional.empty());
    }
    try (Store store = open()) {
      importWhenEmpty(store);
      Duration poll = Duration.ofMillis(Math.round(pollSeconds * 1000));
      return serve(StoreRegistrySource.of(store, poll), Optional.of(store));
    }
  }

  /**
   * Opens the database, or says in one line why not (exit 74): an unreadable file, a server that is
   * down, a schema it cannot migrate. A URL of another kind is a usage error (exit 2).
   */
  private Store open() {
    String url = db != null ? db : Store.defaultUrl();
    try {
      return UserInput.check(() -> Store.open(url));
    } catch (StoreException e) {
      String reason = e.getMessage().lines().findFirst().orElse("").strip();
      throw new UncheckedIOException(
          "cannot open the database " + Store.redact(url) + ": " + reason,
          new IOException(reason, e));
    }
  }

  /** Serves {@code source}; with a store, also its users, sessions and requests. */
  private int serve(RegistrySource source, Optional<Store> store) throws InterruptedException {
    ServerOptions options = UserInput.check(this::options);
    RegistryServer server =
        store.isPresent()
            ? RegistryServer.start(options, source, store.get())
            : RegistryServer.start(options, source);
    String listening = "http://" + bind + ":" + server.port();
    Optional<MailSender> sender;
    try {
      // Links in e-mail: --mail-base-url, else --public-url, else where the server listens.
      String links = options.publicUrl().map(Object::toString).orElse(listening);
      sender = store.flatMap(s -> mail.start(s, links));
      store.map(mail::startWebhooks).ifPresent(ServeCommand::closeOnShutdown);
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    main.err().println("portreg: serving on " + listening + "/");
    sender.ifPresent(m -> main.err().println("portreg: sending e-mail via " + mail.describe()));
    awaitShutdown(server, sender, main.err());
    return ExitCodes.OK;
  }

  private ServerOptions options() {
    ServerOptions options =
        ServerOptions.defaults()
            .withAddress(bind, port)
            .withHttpsOnly(httpsOnly)
            .withTrustedProxies(TrustedProxies.of(trustedProxies))
            .withPolicy(policy.read())
            .withAccessLog(accessLogSink());
    return publicUrl == null ? options : options.withPublicUrl(publicUrl);
  }

  /** Standard error by default; {@code off}; else the file, appended, one flushed line each. */
  private AccessLogSink accessLogSink() {
    if (accessLog == null) {
      PrintStream err = main.err();
      return err::println;
    }
    if (accessLog.equals("off")) {
      return AccessLogSink.OFF;
    }
    try {
      PrintWriter file =
          new PrintWriter(
              Files.newBufferedWriter(
                  Path.of(accessLog),
                  StandardCharsets.UTF_8,
                  StandardOpenOption.CREATE,
                  StandardOpenOption.APPEND),
              true);
      return line -> {
        synchronized (file) {
          file.println(line);
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the access log " + accessLog, e);
    }
  }

  /**
   * Fills an empty store: with {@code --import FILE|URL}, from there (a failure is an error);
   * otherwise from the registry snapshot bundled with portreg, stored as an ordinary version, so
   * the server answers at once on a fresh machine without a network. {@code portreg update} or
   * {@code portreg db import} bring newer versions.
   */
  private void importWhenEmpty(Store store) {
    if (store.newest().isPresent()) {
      return;
    }
    if (importFrom != null) {
      Registry registry = read(importFrom);
      store.importRegistry(registry, importFrom);
      main.err()
          .println("portreg: imported " + registry.header().updated() + " from " + importFrom);
      return;
    }
    Registry bundled = BundledRegistry.read();
    store.importRegistry(bundled, BundledRegistry.SOURCE);
    main.err()
        .println(
            "portreg: the database was empty: seeded it with the registry bundled with portreg ("
                + bundled.header().updated()
                + "); refresh with `portreg update` or `portreg db import FILE`");
  }

  private static Registry read(String from) {
    if (from.matches("(?i)(https?|file):.*")) {
      URI uri = URI.create(from);
      return Registries.read(Download.fetch(uri), from, Optional.empty(), InputLimit.strict())
          .registry();
    }
    return InputLimit.read(Path.of(from));
  }

  private static void closeOnShutdown(WatchSender webhooks) {
    Runtime.getRuntime().addShutdownHook(new Thread(webhooks::close, "portreg-webhooks-stop"));
  }

  /**
   * Blocks until the JVM shuts down (SIGTERM, SIGINT), when a shutdown hook stops the server
   * gracefully: requests in flight finish, then the port is released.
   */
  private static void awaitShutdown(
      RegistryServer server, Optional<MailSender> sender, PrintStream err)
      throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  sender.ifPresent(MailSender::close);
                  err.println("portreg: stopped");
                  stopped.countDown();
                },
                "portreg-shutdown"));
    stopped.await();
  }
}
