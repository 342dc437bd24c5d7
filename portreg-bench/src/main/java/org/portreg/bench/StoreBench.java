package org.portreg.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.portreg.io.Registries;
import org.portreg.history.HistoryQuery;
import org.portreg.model.Registry;
import org.portreg.store.Store;

/**
 * Whole-history import into SQLite and PostgreSQL, database size, and as-of query times (cold and
 * warm), beside the baseline of only parsing the same files, all in one run. A plain timed main
 * rather than JMH: an import is a one-shot, seconds-long operation. Run with {@code
 * bench/store.sh}.
 */
public final class StoreBench {
  private static final String POSTGRES =
      System.getProperty(
          "portreg.bench.postgres", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
  private static final List<LocalDate> AS_OF_DATES =
      Stream.of("2024-06-01", "2025-10-01", "2026-02-10", "2026-05-05", "2026-08-20")
          .map(LocalDate::parse)
          .toList();

  private static final java.lang.management.ThreadMXBean THREADS =
      ManagementFactory.getThreadMXBean();

  private StoreBench() {}

  /** Runs every measurement and prints a Markdown table. */
  public static void main(String[] args) throws Exception {
    List<Path> files = historyFiles();
    System.out.printf(Locale.ROOT, "history files: %d%n", files.size());
    printBaseline(files);
    Path folder = Files.createTempDirectory("portreg-bench-");
    String sqlite = "jdbc:sqlite:" + folder.resolve("portreg.db");
    measure("SQLite", sqlite, files);
    System.out.printf(
        Locale.ROOT,
        "SQLite file size: %.1f MB (portreg.db + WAL %.1f MB)%n",
        mb(Files.size(folder.resolve("portreg.db"))),
        mb(sizeOrZero(folder.resolve("portreg.db-wal"))));
    String schema = "portreg_bench_" + System.nanoTime();
    execute("CREATE SCHEMA " + schema);
    try {
      measure("PostgreSQL", POSTGRES + "&currentSchema=" + schema, files);
      System.out.printf(
          Locale.ROOT, "PostgreSQL size: %.1f MB (tables + indexes)%n", mb(postgresSize(schema)));
    } finally {
      execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private static void printBaseline(List<Path> files) {
    long uncompressed = 0;
    for (int round = 0; round < 2; round++) {
      long start = System.nanoTime();
      long cpu = cpuNanos();
      uncompressed = 0;
      for (Path file : files) {
        Registry registry = Registries.read(file);
        uncompressed += registry.records().size();
      }
      System.out.printf(
          Locale.ROOT,
          "baseline, parse only (round %d): %.1f s wall, %.1f s CPU%n",
          round + 1,
          seconds(System.nanoTime() - start),
          seconds(cpuNanos() - cpu));
    }
    System.out.printf(
        Locale.ROOT, "records over all versions (a copy per version): %d%n", uncompressed);
  }

  private static void measure(String name, String url, List<Path> files) {
    long start = System.nanoTime();
    long cpu = cpuNanos();
    try (Store store = Store.open(url)) {
      for (Path file : files) {
        store.importRegistry(Registries.read(file), file.getFileName().toString());
      }
      System.out.printf(
          Locale.ROOT,
          "%s import of %d versions: %.1f s wall, %.1f s CPU%n",
          name,
          files.size(),
          seconds(System.nanoTime() - start),
          seconds(cpuNanos() - cpu));
    }
    try (Store store = Store.open(url)) {
      measureQueries(name, store);
    }
  }

  private static void measureQueries(String name, Store store) {
    List<Double> cold = new ArrayList<>();
    List<Double> coldCpu = new ArrayList<>();
    for (LocalDate date : AS_OF_DATES) {
      long start = System.nanoTime();
      long cpu = THREADS.getCurrentThreadCpuTime();
      store.asOf(date).orElseThrow();
      cold.add(millis(System.nanoTime() - start));
      coldCpu.add(millis(THREADS.getCurrentThreadCpuTime() - cpu));
    }
    double[] warm = warmAsOf(store);
    long start = System.nanoTime();
    int changes = store.history(HistoryQuery.parse("546")).size();
    double history = millis(System.nanoTime() - start);
    System.out.printf(
        Locale.ROOT,
        "%s as-of cold, fresh store, 5 dates in turn (the first parses every row): %s ms wall,"
            + " %s ms CPU of the calling thread;"
            + " warm (200 calls over the 5 dates): median %.3f ms, max %.3f ms;"
            + " history 546 (%d changes): %.1f ms%n",
        name,
        cold.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList(),
        coldCpu.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList(),
        warm[warm.length / 2],
        warm[warm.length - 1],
        changes,
        history);
  }

  /** 200 as-of calls over the five dates, sorted by duration (ms). */
  private static double[] warmAsOf(Store store) {
    double[] warm = new double[200];
    for (int i = 0; i < warm.length; i++) {
      long start = System.nanoTime();
      store.asOf(AS_OF_DATES.get(i % AS_OF_DATES.size())).orElseThrow();
      warm[i] = millis(System.nanoTime() - start);
    }
    Arrays.sort(warm);
    return warm;
  }

  private static List<Path> historyFiles() throws Exception {
    try (Stream<Path> files = Files.list(BenchData.shared().resolve("data/iana/history"))) {
      return files.filter(f -> f.toString().endsWith(".xml.gz")).sorted().toList();
    }
  }

  private static long postgresSize(String schema) throws SQLException {
    String sql =
        "SELECT SUM(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n"
            + " ON n.oid = c.relnamespace WHERE n.nspname = '"
            + schema
            + "' AND c.relkind = 'r'";
    try (Connection c = DriverManager.getConnection(POSTGRES);
        Statement statement = c.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(POSTGRES);
        Statement statement = c.createStatement()) {
      statement.execute(sql);
    }
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long sizeOrZero(Path file) throws java.io.IOException {
    return Files.exists(file) ? Files.size(file) : 0;
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }

  private static double mb(long bytes) {
    return bytes / 1024.0 / 1024.0;
  }
}
