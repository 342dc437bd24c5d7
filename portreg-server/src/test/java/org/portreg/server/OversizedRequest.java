package org.portreg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A POST that declares a body over the server's limit and sends none of it, on a raw socket.
 *
 * <p>Sending the whole body races with the server: Jetty answers 413 as soon as it reads the
 * Content-Length and closes the connection, and a client still writing then gets a reset that can
 * swallow the answer ("header parser received no bytes"). The JDK client's {@code expectContinue}
 * would avoid that, but on JDK 17 it waits for ever when the answer is final instead of 100.
 * Declaring the length without sending the bytes asks the same question deterministically.
 *
 * @param status the answer's status code
 * @param headers the answer's headers
 * @param body the answer's body, read to the end of the connection or its Content-Length
 */
record OversizedRequest(int status, HttpHeaders headers, byte[] body) {
  /** POSTs to {@code uri} declaring {@code contentLength} bytes, with extra header pairs. */
  static OversizedRequest post(URI uri, long contentLength, String... headerPairs) {
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(60_000);
      StringBuilder head = new StringBuilder();
      head.append("POST ").append(uri.getRawPath()).append(" HTTP/1.1\r\n");
      head.append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n");
      head.append("Content-Length: ").append(contentLength).append("\r\n");
      for (int i = 0; i < headerPairs.length; i += 2) {
        head.append(headerPairs[i]).append(": ").append(headerPairs[i + 1]).append("\r\n");
      }
      head.append("Connection: close\r\n\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static OversizedRequest read(InputStream in) throws IOException {
    String statusLine = line(in);
    int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String line = line(in); !line.isEmpty(); line = line(in)) {
      int colon = line.indexOf(':');
      headers
          .computeIfAbsent(line.substring(0, colon).trim(), k -> new ArrayList<>())
          .add(line.substring(colon + 1).trim());
    }
    List<String> length = headers.getOrDefault("Content-Length", List.of());
    byte[] body =
        length.isEmpty()
            ? in.readAllBytes()
            : in.readNBytes(Integer.parseInt(length.get(0).trim()));
    return new OversizedRequest(status, HttpHeaders.of(headers, (k, v) -> true), body);
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("connection closed in the answer's head after: " + line);
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }
}
