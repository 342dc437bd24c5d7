/**
 * The HTTP adapter: the JSON API, downloads, feeds and web pages over the registry and the workflow
 * of the store (Javalin on Jetty, JTE templates compiled at build time). Only the root package is
 * API (what the command line starts the server with); {@code http}, {@code auth}, {@code registry},
 * {@code web} and {@code workflow} are internal (see docs/architecture.md).
 */
module org.portreg.server {
  requires transitive org.portreg.core;
  requires transitive org.portreg.store;
  requires io.javalin;
  requires org.eclipse.jetty.server;
  requires org.eclipse.jetty.http;
  requires org.eclipse.jetty.util;
  requires gg.jte.runtime;
  requires org.slf4j;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires java.management;
  requires java.net.http;
  requires jakarta.mail;
  // The SMTP provider Jakarta Mail finds through the service loader.
  requires org.eclipse.angus.mail;

  exports org.portreg.server;
  exports org.portreg.server.spi;
}
