package org.portreg.server;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.ZoneOffset;
import java.util.Optional;
import org.portreg.Portreg;
import org.portreg.server.http.ApiPaths;
import org.portreg.server.http.HttpMetrics;
import org.portreg.server.http.JsonBody;
import org.portreg.server.spi.RegistrySource;
import org.portreg.server.spi.RegistryVersion;

/** {@code /healthz} and {@code /metrics}. Thread-safe. */
final class Operations {
  static final String PROMETHEUS = "text/plain; version=0.0.4; charset=utf-8";

  private final RegistrySource source;
  private final HttpMetrics metrics;

  Operations(RegistrySource source, HttpMetrics metrics) {
    this.source = source;
    this.metrics = metrics;
  }

  /**
   * 200 with the current version when the source answers, 503 when it fails. An empty source is
   * healthy: it is readable and waits for an import.
   */
  void health(Context ctx) {
    Optional<RegistryVersion> current;
    try {
      current = source.current();
    } catch (RuntimeException e) {
      ctx.status(503).contentType(ApiPaths.JSON);
      ctx.result(JsonBody.of(json -> writeStatus(json, "unavailable", e.getMessage())));
      return;
    }
    ctx.contentType(ApiPaths.JSON);
    ctx.result(
        JsonBody.of(
            json -> {
              json.writeStartObject();
              json.writeStringField("status", "ok");
              json.writeStringField("version", Portreg.version());
              json.writeFieldName("registry");
              writeRegistry(json, current);
              json.writeEndObject();
            }));
  }

  /** The registry served: id, name, date, record count and whether it is the bundled snapshot. */
  static void writeRegistry(JsonGenerator json, Optional<RegistryVersion> current)
      throws IOException {
    if (current.isEmpty()) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    json.writeStringField("id", current.get().id());
    json.writeStringField("name", current.get().name());
    json.writeStringField("updated", current.get().updated().toString());
    json.writeNumberField("recordCount", current.get().registry().records().size());
    json.writeBooleanField("bundled", current.get().isBundled());
    json.writeEndObject();
  }

  private static void writeStatus(JsonGenerator json, String status, String detail)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("status", status);
    json.writeStringField("detail", String.valueOf(detail));
    json.writeEndObject();
  }

  /** The Prometheus exposition: HTTP metrics, the registry version, JVM memory. */
  void metrics(Context ctx) {
    StringBuilder out = new StringBuilder(4096);
    metrics.writeTo(out);
    writeRegistry(out);
    writeMemory(out);
    ctx.contentType(PROMETHEUS);
    ctx.result(out.toString());
  }

  private void writeRegistry(StringBuilder out) {
    Optional<RegistryVersion> current = source.current();
    out.append("# HELP portreg_registry_info The registry version served (1 when one is).\n");
    out.append("# TYPE portreg_registry_info gauge\n");
    current.ifPresent(
        v ->
            out.append("portreg_registry_info{id=\"")
                .append(HttpMetrics.escape(v.id()))
                .append("\",updated=\"")
                .append(v.updated())
                .append("\"} 1\n"));
    gauge(
        out,
        "portreg_registry_updated_timestamp_seconds",
        "The served registry's Last Updated date, as Unix time.",
        current.map(
            v -> (double) v.updated().earliest().atStartOfDay(ZoneOffset.UTC).toEpochSecond()));
    gauge(
        out,
        "portreg_registry_records",
        "Records in the served registry version.",
        current.map(v -> (double) v.registry().records().size()));
  }

  private static void writeMemory(StringBuilder out) {
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    MemoryUsage nonHeap = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
    out.append("# HELP jvm_memory_used_bytes JVM memory in use.\n");
    out.append("# TYPE jvm_memory_used_bytes gauge\n");
    out.append("jvm_memory_used_bytes{area=\"heap\"} ").append(heap.getUsed()).append('\n');
    out.append("jvm_memory_used_bytes{area=\"nonheap\"} ").append(nonHeap.getUsed()).append('\n');
    out.append("# HELP jvm_memory_committed_bytes JVM memory committed.\n");
    out.append("# TYPE jvm_memory_committed_bytes gauge\n");
    out.append("jvm_memory_committed_bytes{area=\"heap\"} ").append(heap.getCommitted());
    out.append('\n');
    out.append("jvm_memory_committed_bytes{area=\"nonheap\"} ").append(nonHeap.getCommitted());
    out.append('\n');
    gauge(
        out,
        "jvm_memory_max_bytes",
        "Largest heap the JVM may use.",
        Optional.of((double) heap.getMax()));
  }

  private static void gauge(StringBuilder out, String name, String help, Optional<Double> value) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(" gauge\n");
    value.ifPresent(v -> out.append(name).append(' ').append(HttpMetrics.number(v)).append('\n'));
  }
}
