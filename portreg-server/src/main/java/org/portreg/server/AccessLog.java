package org.portreg.server;

import java.time.Instant;
import java.util.Locale;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.portreg.server.spi.AccessLogSink;

/**
 * The access log, kept by Jetty itself so that every request is in it: the lookup fast path, the
 * routes, and what Jetty refuses before any handler (413, bad requests). One line a request: {@code
 * 2026-12-03T09:50:01.123Z GET /api/v1/records?search=https 200 5123 12.3ms} (time the request
 * began, method, path and query, status, bytes of the body sent, duration).
 */
final class AccessLog implements RequestLog {
  private final AccessLogSink sink;

  AccessLog(AccessLogSink sink) {
    this.sink = sink;
  }

  @Override
  public void log(Request request, Response response) {
    long nanos = System.nanoTime() - request.getBeginNanoTime();
    sink.write(
        String.format(
            Locale.ROOT,
            "%s %s %s %d %d %.1fms",
            Instant.ofEpochMilli(Request.getTimeStamp(request)),
            request.getMethod(),
            request.getHttpURI().getPathQuery(),
            response.getStatus(),
            Response.getContentBytesWritten(response),
            nanos / 1e6));
  }
}
