package org.portreg.bench;

import java.util.Optional;
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
import org.portreg.format.html.HtmlFormat;
import org.portreg.format.html.HtmlPage;
import org.portreg.format.html.LinkPolicy;
import org.portreg.format.xml.XmlFormat;
import org.portreg.model.Registry;

/**
 * Writing the newest registry (14,533 records) as one HTML file, and one page of 100 rows as the
 * server's search would; writing it as XML runs beside it as the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class HtmlBenchmark {
  private Registry registry;
  private HtmlPage page;

  @Setup
  public void load() {
    registry = XmlFormat.read(BenchData.bytes(BenchData.newestXml()), "newest");
    page =
        new HtmlPage(
            registry,
            registry.records().subList(0, 100),
            Optional.of(new HtmlPage.Search("43", 1, 5, 450)),
            LinkPolicy.SERVER,
            Optional.of("/static/registry.css"));
  }

  @Benchmark
  public byte[] writeHtml() {
    return HtmlFormat.write(registry);
  }

  @Benchmark
  public String writeHtmlPageOf100Rows() {
    return HtmlFormat.writePage(page);
  }

  @Benchmark
  public byte[] baselineWriteXml() {
    return XmlFormat.write(registry);
  }
}
