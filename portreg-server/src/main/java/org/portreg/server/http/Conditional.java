package org.portreg.server.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The conditional-request rules of RFC 9110 §13 that a GET needs. Stateless. */
public final class Conditional {
  /** RFC 9110 §5.6.7: two-digit day, English names whatever the default locale. */
  private static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

  private Conditional() {}

  /**
   * Whether a GET may answer 304: {@code If-None-Match} decides when present (weak comparison, so
   * {@code W/} prefixes and either encoding's tag match); otherwise {@code If-Modified-Since}.
   *
   * @param ifNoneMatch the header or null
   * @param ifModifiedSince the header or null
   * @param etags the tags the resource currently has
   */
  public static boolean notModified(
      String ifNoneMatch, String ifModifiedSince, Instant lastModified, String... etags) {
    if (ifNoneMatch != null) {
      return matchesAny(ifNoneMatch, etags);
    }
    if (ifModifiedSince != null) {
      Instant since = parseHttpDate(ifModifiedSince);
      return since != null && !lastModified.isAfter(since);
    }
    return false;
  }

  private static boolean matchesAny(String header, String... etags) {
    for (String candidate : header.split(",")) {
      String tag = candidate.strip();
      if (tag.equals("*")) {
        return true;
      }
      tag = tag.startsWith("W/") ? tag.substring(2) : tag;
      for (String etag : etags) {
        if (etag.equals(tag)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The instant of an IMF-fixdate, or null when the header is not one (it is then ignored). */
  static Instant parseHttpDate(String text) {
    try {
      return ZonedDateTime.parse(text.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The IMF-fixdate of an instant, as Last-Modified shows it. */
  public static String formatHttpDate(Instant instant) {
    return IMF_FIXDATE.format(instant.atZone(ZoneOffset.UTC));
  }
}
