package org.portreg.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
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
import org.portreg.format.json.JsonFormat;
import org.portreg.format.xml.XmlFormat;
import org.portreg.model.Registry;

/**
 * portreg's JSON of the newest registry: reading it into the model and writing it; the baseline is
 * Jackson's streaming parser reading every token of the same bytes without building anything.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class JsonBenchmark {
  private static final JsonFactory FACTORY = new JsonFactory();
  private byte[] json;
  private Registry registry;

  @Setup
  public void load() {
    registry = XmlFormat.read(BenchData.bytes(BenchData.newestXml()), "newest");
    json = JsonFormat.write(registry);
  }

  @Benchmark
  public Registry readJson() {
    return JsonFormat.read(json, "newest.json", ReadOptions.STRICT).registry();
  }

  @Benchmark
  public byte[] writeJson() {
    return JsonFormat.write(registry);
  }

  /** Baseline: every token of the same JSON through Jackson's streaming parser, no model. */
  @Benchmark
  public long baselineJacksonTokensOnly() throws IOException {
    long tokens = 0;
    try (JsonParser parser = FACTORY.createParser(json)) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }
}
