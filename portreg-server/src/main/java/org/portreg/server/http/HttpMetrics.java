package org.portreg.server.http;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * Request counts by route, method and status, and a latency histogram by route, written in the
 * Prometheus text format 0.0.4. Routes are the matched path patterns, so the label set stays
 * bounded. Thread-safe and lock-free on the request path.
 */
public final class HttpMetrics {
  /** Upper bounds of the latency buckets, in seconds. */
  public static final double[] BUCKETS = {
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10
  };

  private record RequestKey(String route, String method, int status) {}

  private final Map<RequestKey, LongAdder> requests = new ConcurrentHashMap<>();
  private final Map<String, Histogram> latencies = new ConcurrentHashMap<>();

  /** Counts one answered request that took {@code seconds}. */
  public void record(String route, String method, int status, double seconds) {
    requests
        .computeIfAbsent(new RequestKey(route, method, status), k -> new LongAdder())
        .increment();
    latencies.computeIfAbsent(route, r -> new Histogram()).observe(seconds);
  }

  /** Appends the request counter and the latency histogram. */
  public void writeTo(StringBuilder out) {
    out.append("# HELP portreg_http_requests_total HTTP requests answered.\n");
    out.append("# TYPE portreg_http_requests_total counter\n");
    requests.entrySet().stream()
        .sorted(Comparator.comparing(e -> e.getKey().toString()))
        .forEach(e -> writeRequest(out, e.getKey(), e.getValue().sum()));
    out.append("# HELP portreg_http_request_duration_seconds Time to answer a request.\n");
    out.append("# TYPE portreg_http_request_duration_seconds histogram\n");
    latencies.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> e.getValue().writeTo(out, e.getKey()));
  }

  private static void writeRequest(StringBuilder out, RequestKey key, long count) {
    out.append("portreg_http_requests_total{route=\"")
        .append(escape(key.route()))
        .append("\",method=\"")
        .append(escape(key.method()))
        .append("\",status=\"")
        .append(key.status())
        .append("\"} ")
        .append(count)
        .append('\n');
  }

  /** A label value with backslash, double quote and line feed escaped. */
  public static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  /** A number as the exposition format writes it. */
  public static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%s", value);
  }

  private static final class Histogram {
    private final LongAdder[] buckets = new LongAdder[BUCKETS.length];
    private final LongAdder count = new LongAdder();
    private final DoubleAdder sum = new DoubleAdder();

    Histogram() {
      for (int i = 0; i < buckets.length; i++) {
        buckets[i] = new LongAdder();
      }
    }

    void observe(double seconds) {
      for (int i = 0; i < BUCKETS.length; i++) {
        if (seconds <= BUCKETS[i]) {
          buckets[i].increment();
          break;
        }
      }
      count.increment();
      sum.add(seconds);
    }

    /** Writes cumulative buckets; +Inf equals the count read before the buckets. */
    void writeTo(StringBuilder out, String route) {
      long total = count.sum();
      String name = "portreg_http_request_duration_seconds";
      String label = "route=\"" + escape(route) + "\"";
      long cumulative = 0;
      for (int i = 0; i < BUCKETS.length; i++) {
        cumulative = Math.min(total, cumulative + buckets[i].sum());
        out.append(name).append("_bucket{").append(label).append(",le=\"");
        out.append(number(BUCKETS[i])).append("\"} ").append(cumulative).append('\n');
      }
      out.append(name).append("_bucket{").append(label).append(",le=\"+Inf\"} ");
      out.append(total).append('\n');
      out.append(name).append("_sum{").append(label).append("} ").append(number(sum.sum()));
      out.append('\n').append(name).append("_count{").append(label).append("} ").append(total);
      out.append('\n');
    }
  }
}
