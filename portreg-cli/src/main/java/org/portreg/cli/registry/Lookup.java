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

/**
 * {@code lookup 443 | 443/tcp | https | https/tcp | 5000-5010[/tcp]}: the records of a port (on one
 * or every transport) or of a service name, from the cached {@link CompactIndex}. Shared by {@link
 * LookupCommand} and the cold-start {@link LookupFastPath}; written without lambdas so the fast
 * path loads few classes.
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

  Lookup(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs one lookup and returns the exit code (0 found, 1 nothing found). */
  int run(String what, Path registry, Path cacheDir, OutputFormat format, int width)
      throws IOException {
    return run(what, IndexCache.load(registry, cacheDir), format, width);
  }

  /** Runs one lookup in a registry that is already read (from the database). */
  int run(String what, RegistryIndex registry, OutputFormat format, int width) {
    CompactIndex index = new CompactIndex(ByteBuffer.wrap(CompactIndex.write(registry)));
    return run(what, index, format, width);
  }

  /** Runs one lookup in a compact index (from a database snapshot). */
  int run(String what, CompactIndex index, OutputFormat format, int width) {
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
    if (range) {
      ordinals =
          byRange(index, port(key.substring(0, dash)), port(key.substring(dash + 1)), transport);
    } else {
      ordinals = isPort(key) ? byPort(index, port(key), transport) : byName(index, key, transport);
    }
    if (ordinals == null) {
      return 1;
    }
    List<Row> rows = new ArrayList<>(ordinals.size());
    for (int ordinal : ordinals) {
      rows.add(new Row(index.columns(ordinal), index.statusWord(ordinal), index.json(ordinal)));
    }
    print(rows, format, width);
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
      err.println(
          "portreg: " + where + ": no record; the port is " + PORT_STATUSES[index.status(port, t)]);
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
      err.println("portreg: " + low + "-" + high + ": no record on any of these ports");
      return null;
    }
    return found;
  }

  private List<Integer> byName(CompactIndex index, String name, int transport) {
    int own = index.firstOfName(name);
    if (own == CompactIndex.NONE) {
      err.println("portreg: no service named '" + name + "'");
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
      err.println("portreg: service '" + name + "' has no " + TRANSPORTS[transport] + " record");
      return null;
    }
    return found;
  }

  private void print(List<Row> rows, OutputFormat format, int width) {
    if (format == OutputFormat.CSV) {
      RowOutput.csv(out, rows);
    } else if (format == OutputFormat.JSON) {
      StringBuilder json = new StringBuilder();
      RowOutput.jsonRows(json, rows);
      out.println(json);
    } else {
      RowOutput.table(out, rows, width);
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
