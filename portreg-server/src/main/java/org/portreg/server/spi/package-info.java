/**
 * What an embedder plugs into the server and the values it is configured with: the {@link
 * org.portreg.server.spi.RegistrySource} and the versions it serves, the download formats and the
 * rate limits. Depends on nothing else of the server, so every part of the server may use it.
 */
package org.portreg.server.spi;
