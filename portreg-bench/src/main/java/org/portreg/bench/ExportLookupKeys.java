package org.portreg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import org.portreg.format.xml.XmlFormat;
import org.portreg.index.RegistryIndex;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;

/**
 * Writes what bench/c/lookup.c needs to build its own arrays and hash table and to time the very
 * keys {@link LookupBenchmark} uses: {@code table.txt} (port, transport, first record ordinal for
 * every covered (port, transport)), {@code names.txt} (ordinal and name of every named record),
 * {@code port-keys.txt} and {@code name-keys.txt}. Usage: {@code ExportLookupKeys DIR}.
 */
public final class ExportLookupKeys {
  private ExportLookupKeys() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    RegistryIndex index =
        RegistryIndex.of(XmlFormat.read(BenchData.bytes(BenchData.newestXml()), "newest"));
    Map<ServiceRecord, Integer> ordinals = new IdentityHashMap<>();
    for (int i = 0; i < index.size(); i++) {
      ordinals.put(index.record(i), i);
    }
    writeTable(dir.resolve("table.txt"), index, ordinals);
    try (PrintWriter out = writer(dir.resolve("names.txt"))) {
      for (int i = 0; i < index.size(); i++) {
        int ordinal = i;
        index.record(i).serviceName().ifPresent(n -> out.println(ordinal + " " + n));
      }
    }
    try (PrintWriter out = writer(dir.resolve("port-keys.txt"))) {
      for (int[] key : BenchKeys.ports(index)) {
        out.println(key[0] + " " + key[1]);
      }
    }
    try (PrintWriter out = writer(dir.resolve("name-keys.txt"))) {
      for (String name : BenchKeys.names(index)) {
        out.println(name);
      }
    }
  }

  /** Every (port, transport) with a record: the ordinal of its first record. */
  private static void writeTable(
      Path file, RegistryIndex index, Map<ServiceRecord, Integer> ordinals) throws IOException {
    try (PrintWriter out = writer(file)) {
      for (Transport t : Transport.values()) {
        for (int port = 0; port < 65536; port++) {
          ServiceRecord first = index.find(port, t);
          if (first != null) {
            out.println(port + " " + t.ordinal() + " " + ordinals.get(first));
          }
        }
      }
    }
  }

  private static PrintWriter writer(Path file) throws IOException {
    return new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
  }
}
