package org.portreg.bench;

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
import org.portreg.format.xml.XmlFormat;
import org.portreg.index.RegistryIndex;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;

/**
 * One lookup per operation over the newest registry, cycling through {@link BenchKeys}: by (port,
 * transport) and by service name. bench/c/lookup.c measures the same keys with plain C arrays.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g"})
public class LookupBenchmark {
  private static final Transport[] TRANSPORTS = Transport.values();

  private RegistryIndex index;
  private int[] ports;
  private Transport[] transports;
  private String[] names;
  private int next;

  @Setup
  public void load() {
    index = RegistryIndex.of(XmlFormat.read(BenchData.bytes(BenchData.newestXml()), "newest"));
    int[][] keys = BenchKeys.ports(index);
    ports = new int[keys.length];
    transports = new Transport[keys.length];
    for (int i = 0; i < keys.length; i++) {
      ports[i] = keys[i][0];
      transports[i] = TRANSPORTS[keys[i][1]];
    }
    names = BenchKeys.names(index);
  }

  @Benchmark
  public ServiceRecord lookupByPortAndTransport() {
    int i = next++ & (BenchKeys.COUNT - 1);
    return index.find(ports[i], transports[i]);
  }

  @Benchmark
  public ServiceRecord lookupByName() {
    int i = next++ & (BenchKeys.COUNT - 1);
    return index.findByName(names[i]);
  }
}
