package org.portreg.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.charset.StandardCharsets;
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
import org.portreg.format.csv.CsvFormat;
import org.portreg.format.xml.XmlFormat;
import org.portreg.model.Registry;

/**
 * IANA's CSV of the newest registry (written from the newest XML, 14,533 rows): reading it into the
 * model and writing it; the baseline is FastCSV splitting the same bytes into fields only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class CsvBenchmark {
  private byte[] csv;
  private Registry registry;

  @Setup
  public void load() {
    registry = XmlFormat.read(BenchData.bytes(BenchData.newestXml()), "newest");
    csv = CsvFormat.write(registry);
  }

  @Benchmark
  public Registry readCsv() {
    return CsvFormat.read(csv, "newest.csv", ReadOptions.STRICT).registry();
  }

  @Benchmark
  public byte[] writeCsv() {
    return CsvFormat.write(registry);
  }

  /** Baseline: FastCSV tokenizing the same CSV, no model, no validation. */
  @Benchmark
  public long baselineFastCsvFieldsOnly() {
    long fields = 0;
    String text = new String(csv, StandardCharsets.UTF_8);
    for (CsvRecord record : CsvReader.builder().ofCsvRecord(text)) {
      fields += record.getFieldCount();
    }
    return fields;
  }
}
