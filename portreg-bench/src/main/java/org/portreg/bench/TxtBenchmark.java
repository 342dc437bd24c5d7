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
import org.portreg.format.ReadOptions;
import org.portreg.format.ReadResult;
import org.portreg.format.txt.TxtFormat;
import org.portreg.format.xml.XmlFormat;
import org.portreg.model.Registry;

/**
 * Reading IANA's newest official text page (24,870 lines, 14,533 records) into the model, and
 * writing the newest registry as text 80 and 200 columns wide. The XML parse of the same date runs
 * beside it as the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class TxtBenchmark {
  private byte[] txt;
  private byte[] xml;
  private Registry registry;

  @Setup
  public void load() {
    txt =
        BenchData.bytes(
            BenchData.shared()
                .resolve("data/iana/pairs/2026-08-17/service-names-port-numbers.txt"));
    xml = BenchData.bytes(BenchData.newestXml());
    registry = XmlFormat.read(xml, "newest");
  }

  @Benchmark
  public ReadResult readNewestTxt() {
    return TxtFormat.read(txt, "newest.txt", ReadOptions.STRICT);
  }

  @Benchmark
  public Registry baselineReadNewestXml() {
    return XmlFormat.read(xml, "newest.xml");
  }

  @Benchmark
  public byte[] writeTxt80() {
    return TxtFormat.write(registry, 80);
  }

  @Benchmark
  public byte[] writeTxt200() {
    return TxtFormat.write(registry, 200);
  }
}
