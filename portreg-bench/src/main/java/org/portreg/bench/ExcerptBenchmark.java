package org.portreg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.portreg.format.SourceText;
import org.portreg.format.excerpt.Excerpt;
import org.portreg.format.excerpt.ExcerptFormat;
import org.portreg.format.xml.XmlFormat;
import org.portreg.model.Registry;
import org.portreg.reconcile.Reconciler;
import org.portreg.reconcile.Reconciliation;

/**
 * Reading page excerpts and reconciling seed 000 (100 rows) with the registry of its date; the
 * baseline in the same run is parsing that registry's XML (14,516 records).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class ExcerptBenchmark {
  private byte[] markdownSeed;
  private byte[] plainSeed;
  private byte[] registryXml;
  private Excerpt excerpt;
  private Registry registry;

  @Setup
  public void load() {
    markdownSeed = BenchData.bytes(seed("000"));
    plainSeed = BenchData.bytes(seed("002"));
    Path history = BenchData.shared().resolve("data/iana/history/2026-05-11.xml.gz");
    registryXml = SourceText.gunzipIfNeeded(BenchData.bytes(history), "2026-05-11");
    excerpt = ExcerptFormat.read(markdownSeed, "000");
    registry = XmlFormat.read(registryXml, "2026-05-11");
  }

  private static Path seed(String prefix) {
    try (Stream<Path> files = Files.list(BenchData.shared().resolve("seeds"))) {
      return files
          .filter(p -> p.getFileName().toString().startsWith(prefix + "_"))
          .findFirst()
          .orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Benchmark
  public Excerpt readMarkdownSeed000() {
    return ExcerptFormat.read(markdownSeed, "000");
  }

  @Benchmark
  public Excerpt readPlainSeed002() {
    return ExcerptFormat.read(plainSeed, "002");
  }

  @Benchmark
  public Reconciliation reconcileSeed000() {
    return Reconciler.reconcile(excerpt, registry);
  }

  @Benchmark
  public Registry baselineParseRegistryXml() {
    return XmlFormat.read(registryXml, "2026-05-11");
  }
}
