package org.portreg.format.services;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.portreg.format.RecordColumns;
import org.portreg.model.PortRange;
import org.portreg.model.RecordStatus;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.rules.RecordRules;

/** Builds the lines of a services(5) file. Not thread-safe: one per write. */
final class ServicesWriter {
  /** One line: a service on one port and transport, with its aliases and comment. */
  private record Entry(
      String name, int port, Transport transport, List<String> aliases, String comment) {}

  private final ServicesOptions options;
  private final Map<String, Entry> byKey = new LinkedHashMap<>();
  private final Set<String> taken = new HashSet<>();

  ServicesWriter(ServicesOptions options) {
    this.options = options;
  }

  String write(Registry registry) {
    List<ServiceRecord> historic = new ArrayList<>();
    for (ServiceRecord r : registry.records()) {
      if (!isWritable(r)) {
        continue;
      }
      if (RecordRules.isHistoric(r)) {
        historic.add(r);
      } else {
        add(r);
      }
    }
    historic.forEach(this::addAlias);
    StringBuilder out = new StringBuilder(preamble(registry));
    byKey.values().forEach(e -> out.append(line(e)).append('\n'));
    return out.toString();
  }

  private boolean isWritable(ServiceRecord r) {
    return RecordRules.statusOf(r) == RecordStatus.ASSIGNED
        && r.serviceName().filter(n -> n.chars().noneMatch(Character::isWhitespace)).isPresent()
        && r.protocol().filter(options.transports()::contains).isPresent()
        && r.number().filter(n -> n.isSingle() || options.expandRanges()).isPresent();
  }

  private void add(ServiceRecord r) {
    String name = r.serviceName().orElseThrow();
    PortRange range = r.number().orElseThrow();
    Transport transport = r.protocol().orElseThrow();
    // Every assigned port gets its line, also for a name seen on an earlier port (http-alt on
    // 8080 after 591): resolvers answer a name with its first line, so first still wins there.
    claim(name, transport);
    for (int port = range.first(); port <= range.last(); port++) {
      Entry e = new Entry(name, port, transport, new ArrayList<>(), comment(r));
      byKey.putIfAbsent(key(name, port, transport), e);
    }
  }

  /** A historic name joins its replacement's line on the same port; alone, it gets its own. */
  private void addAlias(ServiceRecord r) {
    String replacement = RecordRules.replacementOf(r).orElseThrow();
    Transport transport = r.protocol().orElseThrow();
    PortRange range = r.number().orElseThrow();
    Entry target = byKey.get(key(replacement, range.first(), transport));
    String name = r.serviceName().orElseThrow();
    if (target == null) {
      add(r);
    } else if (claim(name, transport)) {
      target.aliases().add(name);
    }
  }

  /** Whether (name, transport) is still free; claims it when it is. First wins. */
  private boolean claim(String name, Transport transport) {
    return taken.add(name.toLowerCase(Locale.ROOT) + "/" + transport.token());
  }

  private static String key(String name, int port, Transport transport) {
    return name.toLowerCase(Locale.ROOT) + " " + port + "/" + transport.token();
  }

  private static String comment(ServiceRecord r) {
    return RecordColumns.text(r.description()).replaceAll("\\s+", " ");
  }

  private static String line(Entry e) {
    StringBuilder line = new StringBuilder(pad(e.name(), 15)).append(' ');
    String port = e.port() + "/" + e.transport().token();
    line.append(e.aliases().isEmpty() && e.comment().isEmpty() ? port : pad(port, 11));
    e.aliases().forEach(a -> line.append(' ').append(a));
    if (!e.comment().isEmpty()) {
      line.append(e.aliases().isEmpty() ? "" : " ").append("# ").append(e.comment());
    }
    return line.toString();
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  private String preamble(Registry registry) {
    return "# services(5) written by portreg from the IANA Service Name and Transport Protocol\n"
        + "# Port Number Registry, last updated "
        + registry.header().updated()
        + ".\n# Policies: assigned records only; historic names are aliases of their replacement;"
        + "\n# a name on several ports has a line for each, and name lookups find the first;"
        + "\n# transports "
        + options.transports().stream().sorted().map(Transport::token).toList()
        + "; ranges "
        + (options.expandRanges() ? "expanded" : "left out")
        + ".\n";
  }
}
