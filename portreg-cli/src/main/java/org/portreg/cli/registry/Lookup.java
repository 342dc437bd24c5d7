package org.portreg.cli.registry;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.portreg.cli.common.IndexCache;
import org.portreg.cli.common.OutputFormat;
import org.portreg.cli.common.Row;
import org.portreg.cli.common.RowOutput;
import org.portreg.cli.common.UsageException;
import org.portreg.index.CompactIndex;
import org.portreg.index.RegistryIndex;
import org.portreg.local.LocalAssignment;
import org.portreg.local.LocalMatches;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;

/**
 * {@code lookup 443 | 443/tcp | https | https/tcp | 5000-5010[/tcp]}: the records of a port (on one
 * or every transport) or of a service name, from the cached {@link CompactIndex}, and after them
 * the local assignments on those ports or of that name, marked as local ({@link LocalSection}).
 * Shared by {@link LookupCommand} and the cold-start {@link LookupFastPath}; written without
 * lambdas so the fast path loads few classes.
 */
final class Lookup {
  private static final String[] TRANSPORTS = {"tcp", "udp", "sctp", "dccp"};
  private static final String[] PORT_STATUSES = {
    "assigned", "reserved", "unassigned", "dynamic (never assigned)"
  };

  /** The formats lookup prints in, the default first. */
  static final List<OutputFormat> FORMATS =
      List.of(OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.CSV);

  private final PrintStream out;
  private final PrintStream err;

  /** Why IANA's registry has no record to show, once a lookup found none. */
  private String miss;

  Lookup(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /**
   * Runs one lookup in a registry file, IANA's alone, and returns the exit code (0 found, 1 nothing
   * found).
   */
  int run(String what, Path registry, Path cacheDir, OutputFormat format, int width)
      throws IOException {
    return run(what, IndexCache.load(registry, cacheDir), List.of(), format, width);
  }

  /** Runs one lookup in a registry that is already read (from the database), with its overlay. */
  int run(
      String what,
      RegistryIndex registry,
      List<LocalAssignment> local,
      OutputFormat format,
      int width) {
    CompactIndex index = new CompactIndex(ByteBuffer.wrap(CompactIndex.write(registry)));
    return run(what, index, local, format, width);
  }

  /**
   * Runs one lookup in a compact index (from a database snapshot) and the local assignments {@code
   * local}: 0 when either has something to show, else 1 with IANA's reason on stderr.
   */
  int run(
      String what,
      CompactIndex index,
      List<LocalAssignment> local,
      OutputFormat format,
      int width) {
    String key = what;
    int transport = -1;
    int slash = what.indexOf('/');
    if (slash >= 0) {
      key = what.substring(0, slash);
      transport = transport(what.substring(slash + 1));
    }
    if (key.isEmpty()) {
      throw new UsageException("lookup: give a port, a port/transport or a service name");
    }
    int dash = key.indexOf('-');
    boolean range = dash > 0 && isPort(key.substring(0, dash)) && isPort(key.substring(dash + 1));
    List<Integer> ordinals;
    List<LocalAssignment> held;
    Transport on = transport < 0 ? null : Transport.values()[transport];
    if (range) {
      int low = port(key.substring(0, dash));
      int high = port(key.substring(dash + 1));
      ordinals = byRange(index, low, high, transport);
      held = LocalMatches.onPorts(local, PortRange.of(low, high), on);
    } else if (isPort(key)) {
      ordinals = byPort(index, port(key), transport);
      held = LocalMatches.onPorts(local, PortRange.of(port(key)), on);
    } else {
      ordinals = byName(index, key, transport);
      held = LocalMatches.named(local, key, on);
    }
    return answer(index, ordinals, held, format, width);
  }

  /** Prints what was found and returns the exit code. */
  private int answer(
      CompactIndex index,
      List<Integer> ordinals,
      List<LocalAssignment> held,
      OutputFormat format,
      int width) {
    if (ordinals == null && held.isEmpty()) {
      err.println("portreg: " + miss);
      return 1;
    }
    List<Row> rows = new ArrayList<>();
    for (int ordinal : ordinals == null ? List.<Integer>of() : ordinals) {
      rows.add(new Row(index.columns(ordinal), index.statusWord(ordinal), index.json(ordinal)));
    }
    print(rows, held, format, width);
    return 0;
  }

  private List<Integer> byPort(CompactIndex index, int port, int transport) {
    List<Integer> found = new ArrayList<>();
    for (int t = 0; t < TRANSPORTS.length; t++) {
      if (transport < 0 || transport == t) {
        for (int ordinal : index.at(port, t)) {
          if (!found.contains(ordinal)) {
            found.add(ordinal);
          }
        }
      }
    }
    found.sort(null);
    if (found.isEmpty()) {
      int t = transport < 0 ? 0 : transport;
      String where = transport < 0 ? Integer.toString(port) : port + "/" + TRANSPORTS[transport];
      miss = where + ": no record; the port is " + PORT_STATUSES[index.status(port, t)];
      return null;
    }
    return found;
  }

  /** Every record on a port of {@code low-high} (on one or every transport), in registry order. */
  private List<Integer> byRange(CompactIndex index, int low, int high, int transport) {
    if (low > high) {
      throw new UsageException("lookup: a range goes from low to high, was " + low + "-" + high);
    }
    BitSet seen = new BitSet();
    for (int port = low; port <= high; port++) {
      for (int t = 0; t < TRANSPORTS.length; t++) {
        if (transport < 0 || transport == t) {
          for (int ordinal : index.at(port, t)) {
            seen.set(ordinal);
          }
        }
      }
    }
    List<Integer> found = new ArrayList<>(seen.cardinality());
    for (int i = seen.nextSetBit(0); i >= 0; i = seen.nextSetBit(i + 1)) {
      found.add(i);
    }
    if (found.isEmpty()) {
      miss = low + "-" + high + ": no record on any of these ports";
      return null;
    }
    return found;
  }

  private List<Integer> byName(CompactIndex index, String name, int transport) {
    int own = index.firstOfName(name);
    if (own == CompactIndex.NONE) {
      miss = "no service named '" + name + "'";
      return null;
    }
    int first = index.resolved(own) == CompactIndex.NONE ? own : index.resolved(own);
    if (first != own) {
      err.println(
          "portreg: '"
              + index.column(own, 0)
              + "' is a historic name (RFC 6335 section"
              + " 10.1); showing its replacement '"
              + index.column(first, 0)
              + "'");
    }
    List<Integer> found = new ArrayList<>();
    for (int i = first; i != CompactIndex.NONE; i = index.nextSameName(i)) {
      if (transport < 0 || TRANSPORTS[transport].equals(index.column(i, 2))) {
        found.add(i);
      }
    }
    if (found.isEmpty()) {
      miss = "service '" + name + "' has no " + TRANSPORTS[transport] + " record";
      return null;
    }
    return found;
  }

  /**
   * Prints IANA's rows, then the local entries; in a table, when IANA has no record, the reason
   * heads the local table instead of going to stderr as a failure.
   */
  private void print(List<Row> rows, List<LocalAssignment> held, OutputFormat format, int width) {
    if (format == OutputFormat.CSV) {
      LocalSection.csv(out, rows, held);
    } else if (format == OutputFormat.JSON) {
      List<Row> all = new ArrayList<>(rows);
      all.addAll(LocalSection.jsonRows(held));
      StringBuilder json = new StringBuilder();
      RowOutput.jsonRows(json, all);
      out.println(json);
    } else {
      if (rows.isEmpty()) {
        out.println("IANA: " + miss);
      } else {
        RowOutput.table(out, rows, width);
      }
      LocalSection.table(out, held, width, true);
    }
  }

  private static boolean isPort(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) < '0' || key.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static int port(String key) {
    if (key.length() > 5 || Integer.parseInt(key) > 65535) {
      throw new UsageException("lookup: port must be in 0..65535, was " + key);
    }
    return Integer.parseInt(key);
  }

  private static int transport(String token) {
    String t = token.toLowerCase(Locale.ROOT);
    for (int i = 0; i < TRANSPORTS.length; i++) {
      if (TRANSPORTS[i].equals(t)) {
        return i;
      }
    }
    throw new UsageException(
        "lookup: transport must be tcp, udp, sctp or dccp, was '" + token + "'");
  }
}
