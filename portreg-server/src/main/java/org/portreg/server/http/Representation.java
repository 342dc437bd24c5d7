package org.portreg.server.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;
import org.portreg.format.Sha256;
import org.portreg.model.PartialDate;

/**
 * A response body computed once and served many times: the bytes, their gzip encoding, a strong
 * ETag from their hash and the Last-Modified instant. Immutable; the arrays are never handed out
 * for writing.
 */
public record Representation(
    byte[] identity, byte[] gzip, String etag, String mediaType, Instant lastModified) {

  /** Encodes {@code bytes} once for every request to come. */
  public static Representation of(byte[] bytes, String mediaType, Instant lastModified) {
    String hash = HexFormat.of().formatHex(Sha256.of(bytes), 0, 16);
    return new Representation(bytes, gzip(bytes), hash, mediaType, lastModified);
  }

  /** The first instant of a registry date, UTC, as Last-Modified of its renderings. */
  public static Instant startOf(PartialDate date) {
    return date.earliest().atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** The strong ETag of the identity or the gzip encoding; they must differ (RFC 9110 §8.8.3). */
  public String etag(boolean gzipped) {
    return gzipped ? "\"" + etag + "-gz\"" : "\"" + etag + "\"";
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 4));
    try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
