package org.portreg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.portreg.index.RegistryIndex;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;

/**
 * The lookup keys the JMH benchmarks and the C baseline share: a fixed-seed random sequence of
 * hits, so both sides look up exactly the same keys in the same order.
 */
public final class BenchKeys {
  /** How many keys a sequence holds (a power of two, cycled through). */
  public static final int COUNT = 4096;

  private static final long SEED = 6335;

  private BenchKeys() {}

  /** {@code COUNT} (port, transport ordinal) pairs that have at least one record. */
  public static int[][] ports(RegistryIndex index) {
    List<int[]> hits = new ArrayList<>();
    for (Transport t : Transport.values()) {
      for (int port = 0; port < 65536; port++) {
        if (index.hasRecord(port, t)) {
          hits.add(new int[] {port, t.ordinal()});
        }
      }
    }
    SplittableRandom random = new SplittableRandom(SEED);
    int[][] keys = new int[COUNT][];
    for (int i = 0; i < COUNT; i++) {
      keys[i] = hits.get(random.nextInt(hits.size()));
    }
    return keys;
  }

  /** {@code COUNT} registered service names, every third one upper-cased (lookups ignore case). */
  public static String[] names(RegistryIndex index) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < index.size(); i++) {
      ServiceRecord r = index.record(i);
      r.serviceName().filter(n -> n.chars().allMatch(c -> c < 128)).ifPresent(names::add);
    }
    SplittableRandom random = new SplittableRandom(SEED);
    String[] keys = new String[COUNT];
    for (int i = 0; i < COUNT; i++) {
      String name = names.get(random.nextInt(names.size()));
      keys[i] = i % 3 == 0 ? name.toUpperCase(Locale.ROOT) : name;
    }
    return keys;
  }
}
