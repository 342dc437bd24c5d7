/**
 * The registry server: downloads, the JSON API under {@code /api/v1}, web pages, health and
 * metrics, over a {@link org.portreg.server.spi.RegistrySource}. Start it with {@link
 * org.portreg.server.RegistryServer#start}.
 */
package org.portreg.server;
