package org.portreg.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.portreg.diff.Diff;
import org.portreg.diff.RegistryDiff;
import org.portreg.io.Registries;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;

/**
 * Diffing two full consecutive registry versions (2026-08-11 and 2026-08-17, 14.5k records each),
 * two versions 29 months apart (2024-03-18 and 2026-08-17), and two baselines on the consecutive
 * pair: {@code equals} of the records at the same positions, and the naive hash multiset
 * difference.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class DiffBenchmark {
  private Registry older;
  private Registry newer;
  private Registry oldest;

  @Setup
  public void load() {
    Path history = BenchData.shared().resolve("data/iana/history");
    older = Registries.read(history.resolve("2026-08-11.xml.gz"));
    newer = Registries.read(history.resolve("2026-08-17.xml.gz"));
    oldest = Registries.read(history.resolve("2024-03-18.xml.gz"));
  }

  @Benchmark
  public Diff diffConsecutiveVersions() {
    return RegistryDiff.compare(older, newer);
  }

  @Benchmark
  public Diff diffVersions29MonthsApart() {
    return RegistryDiff.compare(oldest, newer);
  }

  /** Baseline: compares every record with the one at the same position (no matching at all). */
  @Benchmark
  public int baselineEqualsAtSamePosition() {
    int equal = 0;
    int size = Math.min(older.records().size(), newer.records().size());
    for (int i = 0; i < size; i++) {
      equal += older.records().get(i).equals(newer.records().get(i)) ? 1 : 0;
    }
    return equal;
  }

  /** Baseline: the naive multiset difference (hash every record), added and removed only. */
  @Benchmark
  public int baselineHashMultisetDifference() {
    Map<ServiceRecord, Integer> counts = new HashMap<>();
    for (ServiceRecord r : older.records()) {
      counts.merge(r, 1, Integer::sum);
    }
    int added = 0;
    for (ServiceRecord r : newer.records()) {
      Integer left = counts.get(r);
      if (left == null || left == 0) {
        added++;
      } else {
        counts.put(r, left - 1);
      }
    }
    return added;
  }
}
