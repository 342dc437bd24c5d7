package org.portreg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.portreg.server.InMemoryRegistrySource;
import org.portreg.server.RegistryServer;
import org.portreg.server.RegistrySource;
import org.portreg.server.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code portreg serve [--port 8080] [--bind 127.0.0.1] [--registry FILE]...}: runs the registry
 * server until SIGTERM or Ctrl-C, then stops it gracefully.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the registry over HTTP: pages, JSON API, downloads, health, metrics.")
final class ServeCommand implements Callable<Integer> {
  @ParentCommand private Main main;

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
          "Registry file to serve (.xml or .xml.gz); repeat for several versions, the newest is"
              + " current. Without it the server starts empty and says how to import one.")
  private List<Path> registries = new ArrayList<>();

  @Option(
      names = "--db",
      paramLabel = "JDBC-URL",
      description = "Registry database (arrives with the store; not supported yet).")
  private String db;

  @Override
  public Integer call() throws InterruptedException {
    if (db != null) {
      throw new UsageException("--db is not supported yet: serve a file with --registry FILE");
    }
    if (port < 0 || port > 65535) {
      throw new UsageException("--port must be in 0..65535, was " + port);
    }
    RegistrySource source = InMemoryRegistrySource.read(registries);
    RegistryServer server =
        RegistryServer.start(ServerOptions.defaults().withAddress(bind, port), source);
    main.err().println("portreg: serving on http://" + bind + ":" + server.port() + "/");
    awaitShutdown(server, main.err());
    return ExitCodes.OK;
  }

  /**
   * Blocks until the JVM shuts down (SIGTERM, SIGINT), when a shutdown hook stops the server
   * gracefully: requests in flight finish, then the port is released.
   */
  private static void awaitShutdown(RegistryServer server, PrintStream err)
      throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  err.println("portreg: stopped");
                  stopped.countDown();
                },
                "portreg-shutdown"));
    stopped.await();
  }
}
