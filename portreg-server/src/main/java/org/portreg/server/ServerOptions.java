package org.portreg.server;

import java.util.Objects;

/**
 * How a {@link RegistryServer} runs. Immutable; derive variants with the {@code with} methods.
 *
 * @param host the address to bind, such as {@code 127.0.0.1}
 * @param port the TCP port, 0 for any free one
 * @param maxRequestBytes the largest request body accepted, in bytes
 * @param downloads the downloadable formats
 * @param search the search engine behind {@code ?search=}
 */
public record ServerOptions(
    String host, int port, long maxRequestBytes, DownloadFormats downloads, RecordSearch search) {
  /** Request bodies are small forms and JSON documents for now. */
  public static final long DEFAULT_MAX_REQUEST_BYTES = 64 * 1024;

  /** Checks the values. */
  public ServerOptions {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(downloads, "downloads");
    Objects.requireNonNull(search, "search");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be in 0..65535, was " + port);
    }
    if (maxRequestBytes < 1) {
      throw new IllegalArgumentException(
          "maxRequestBytes must be positive, was " + maxRequestBytes);
    }
  }

  /** Loopback, port 8080, 64 KiB requests, the standard downloads, the registry's search. */
  public static ServerOptions defaults() {
    return new ServerOptions(
        "127.0.0.1",
        8080,
        DEFAULT_MAX_REQUEST_BYTES,
        DownloadFormats.standard(),
        new RegistryRecordSearch());
  }

  /** A copy bound to {@code newHost} and {@code newPort}. */
  public ServerOptions withAddress(String newHost, int newPort) {
    return new ServerOptions(newHost, newPort, maxRequestBytes, downloads, search);
  }

  /** A copy with other downloads. */
  public ServerOptions withDownloads(DownloadFormats newDownloads) {
    return new ServerOptions(host, port, maxRequestBytes, newDownloads, search);
  }

  /** A copy with a search engine. */
  public ServerOptions withSearch(RecordSearch newSearch) {
    return new ServerOptions(host, port, maxRequestBytes, downloads, newSearch);
  }
}
