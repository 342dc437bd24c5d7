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
import org.portreg.model.Registry;

/** Parsing the newest official XML (3.9 MB, 14,533 records) into the model, and writing it back. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class XmlParseBenchmark {
  private byte[] xml;
  private Registry registry;

  @Setup
  public void load() {
    xml = BenchData.bytes(BenchData.newestXml());
    registry = XmlFormat.read(xml, "newest");
  }

  @Benchmark
  public Registry parseNewestXml() {
    return XmlFormat.read(xml, "newest");
  }

  @Benchmark
  public byte[] writeNewestXml() {
    return XmlFormat.write(registry);
  }
}
