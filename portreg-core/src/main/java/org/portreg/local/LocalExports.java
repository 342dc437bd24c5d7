package org.portreg.local;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.portreg.format.RecordColumns;
import org.portreg.format.json.JsonFormat;
import org.portreg.model.PortRange;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;

/**
 * The local assignments beside IANA's registry, for the files machines read: services(5) lines
 * under their own comment header, CSV and JSON with a source column, and a {@code sysctl} fragment
 * that keeps the kernel from handing the locally held ports out as ephemeral ports. IANA's own data
 * is never changed; local entries are only ever added after it, marked {@code local}. Stateless.
 */
public final class LocalExports {
  /** The services(5) section's first line. */
  public static final String SERVICES_HEADER =
      "# Local assignments (portreg local; not in IANA's registry)";

  private static final JsonFactory JSON = new JsonFactory();

  private LocalExports() {}

  /**
   * The services(5) lines of {@code local}: one per port and transport among {@code transports}; a
   * range gets one line per port when {@code expandRanges}, else a comment naming it.
   */
  public static String services(
      List<LocalAssignment> local, Set<Transport> transports, boolean expandRanges) {
    StringBuilder out = new StringBuilder("\n").append(SERVICES_HEADER).append('\n');
    for (LocalAssignment a : sorted(local)) {
      if (a.ports().isEmpty()) {
        continue;
      }
      PortRange ports = a.ports().get();
      for (Transport t : a.transports()) {
        if (!transports.contains(t)) {
          continue;
        }
        if (ports.isSingle() || expandRanges) {
          for (int p = ports.first(); p <= ports.last(); p++) {
            out.append(servicesLine(a, p, t));
          }
        } else {
          out.append("# ").append(a.name()).append(' ').append(ports).append('/');
          out.append(t.token()).append(" (a range: one line per port with --expand-ranges)\n");
        }
      }
    }
    return out.toString();
  }

  private static String servicesLine(LocalAssignment a, int port, Transport t) {
    String entry = a.name() + " " + port + "/" + t.token();
    String comment = a.owner() + (a.description().isBlank() ? "" : ": " + oneLine(a.description()));
    return String.format(Locale.ROOT, "%-31s # local, %s\n", entry, comment);
  }

  /**
   * A {@code sysctl.d} fragment reserving every locally held port from the ephemeral range ({@code
   * net.ipv4.ip_local_reserved_ports}, which applies to IPv6 too), ranges merged and sorted.
   */
  public static String sysctl(List<LocalAssignment> local) {
    List<int[]> ranges = new ArrayList<>();
    local.stream()
        .flatMap(a -> a.ports().stream())
        .sorted(Comparator.comparingInt(PortRange::first))
        .forEach(r -> merge(ranges, r));
    StringBuilder value = new StringBuilder();
    for (int[] r : ranges) {
      value.append(value.length() == 0 ? "" : ",");
      value.append(r[0] == r[1] ? String.valueOf(r[0]) : r[0] + "-" + r[1]);
    }
    return "# Ports held by local assignments (portreg local sysctl): the kernel keeps them out of\n"
        + "# its ephemeral range. Install as /etc/sysctl.d/90-portreg.conf, then `sysctl --system`.\n"
        + "net.ipv4.ip_local_reserved_ports = "
        + value
        + "\n";
  }

  private static void merge(List<int[]> ranges, PortRange r) {
    int[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
    if (last != null && r.first() <= last[1] + 1) {
      last[1] = Math.max(last[1], r.last());
    } else {
      ranges.add(new int[] {r.first(), r.last()});
    }
  }

  /**
   * IANA's 12 CSV columns plus {@code Source}: every IANA record ({@code IANA}), then one row per
   * local assignment and transport ({@code local}).
   */
  public static void csv(Registry iana, List<LocalAssignment> local, OutputStream out) {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer)) {
      List<String> header = new ArrayList<>(RecordColumns.HEADERS);
      header.add("Source");
      csv.writeRecord(header);
      for (ServiceRecord r : iana.records()) {
        List<String> row = new ArrayList<>(RecordColumns.of(r));
        row.add("IANA");
        csv.writeRecord(row);
      }
      for (LocalAssignment a : sorted(local)) {
        for (List<String> row : localRows(a)) {
          csv.writeRecord(row);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<List<String>> localRows(LocalAssignment a) {
    List<List<String>> rows = new ArrayList<>();
    for (String[] columns : LocalColumns.rows(a)) {
      List<String> row = new ArrayList<>(List.of(columns));
      row.add(LocalColumns.SOURCE);
      rows.add(row);
    }
    return rows;
  }

  /**
   * {@code {"records": [{"source": "iana", "record": {…}}, …, {"source": "local", "assignment":
   * {…}}]}}: IANA's records in the shape of the registry JSON, the local ones in the shape of
   * {@code portreg local list --format json}.
   */
  public static void json(Registry iana, List<LocalAssignment> local, OutputStream out) {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("records");
      for (ServiceRecord r : iana.records()) {
        g.writeStartObject();
        g.writeStringField("source", "iana");
        g.writeFieldName("record");
        JsonFormat.writeRecord(r, g);
        g.writeEndObject();
      }
      for (LocalAssignment a : sorted(local)) {
        g.writeStartObject();
        g.writeStringField("source", "local");
        g.writeFieldName("assignment");
        AssignmentWriter.write(a, g);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<LocalAssignment> sorted(List<LocalAssignment> local) {
    return local.stream()
        .sorted(
            Comparator.comparingInt(
                    (LocalAssignment a) -> a.ports().map(PortRange::first).orElse(-1))
                .thenComparing(LocalAssignment::name))
        .toList();
  }

  private static String oneLine(String text) {
    return LocalColumns.oneLine(text);
  }
}
