package org.portreg.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.portreg.format.xml.XmlFormat;
import org.portreg.index.RegistryIndex;
import org.portreg.search.RegistrySearch;
import org.portreg.search.SearchQuery;
import org.portreg.search.SearchRow;

/**
 * The registry's search over all 14,533 records of the newest registry, 2-4 character queries;
 * SampleTime gives the median (p0.50) and the tail.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g"})
public class SearchBenchmark {
  @Param({"43", "ftp", "http", "\"53\"", "tcp", "ssh 22"})
  public String query;

  private RegistrySearch search;
  private SearchQuery parsed;

  @Setup
  public void load() {
    RegistryIndex index =
        RegistryIndex.of(XmlFormat.read(BenchData.bytes(BenchData.newestXml()), "newest"));
    search = RegistrySearch.of(index);
    parsed = SearchQuery.parse(query);
  }

  @Benchmark
  public List<SearchRow> searchAllRecords() {
    return search.matches(parsed);
  }

  @Benchmark
  public int searchFirstPage() {
    return search.search(parsed, 1).rows().size();
  }
}
