package org.portreg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.io.Registries;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.testing.SharedData;
import org.portreg.workflow.Role;

/**
 * {@code kill -9} of a real child process under a submit → approve → assign load, twice, on SQLite
 * and on PostgreSQL (issue 14): afterwards every acknowledged assignment is in the registry, no
 * name or port is assigned twice, SQLite's integrity check passes, and the store takes new writes.
 */
class WriteLoadKillTest {
  private static final Duration PATIENCE = Duration.ofMinutes(3);

  @TempDir Path folder;

  @Test
  void sqliteLosesNoAcknowledgedAssignment() throws Exception {
    String url = TestDatabases.sqlite(folder);
    killTwiceAndCheck(url);
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("ok");
    }
  }

  @Test
  void postgresLosesNoAcknowledgedAssignment() throws Exception {
    String url = TestDatabases.createPostgresSchema();
    try {
      killTwiceAndCheck(url);
    } finally {
      TestDatabases.dropPostgresSchema(url);
    }
  }

  private void killTwiceAndCheck(String url) throws Exception {
    try (Store store = Store.open(url)) {
      store.importRegistry(Registries.read(SharedData.newestXml()), "newest.xml");
      store
          .accounts()
          .createUser(WorkflowContractTest.user("ann", Set.of(Role.APPLICANT), Set.of()), "test");
      store
          .accounts()
          .createUser(
              WorkflowContractTest.user("eve", Set.of(Role.EXPERT), Set.of(Transport.TCP)), "test");
      store
          .accounts()
          .createUser(WorkflowContractTest.user("ada", Set.of(Role.ADMIN), Set.of()), "test");
    }
    Path acks = folder.resolve("acks.txt");
    int acknowledged = 0;
    for (String round : List.of("load-a", "load-b")) {
      Process child = start(url, acks, round);
      acknowledged = awaitAcks(acks, acknowledged + 4, child);
      child.destroyForcibly();
      assertThat(child.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
      System.out.printf(java.util.Locale.ROOT, "kill -9 after %d acknowledged%n", acknowledged);
    }
    List<String> acked = Files.readAllLines(acks);
    try (Store store = Store.open(url)) {
      Registry current = store.current().orElseThrow();
      Map<String, Integer> ports = loadPorts(current);
      assertThat(ports.keySet()).as("every acknowledged assignment").containsAll(acked);
      assertThat(Set.copyOf(ports.values())).as("no port assigned twice").hasSize(ports.size());
      // The store still takes writes after the kills.
      WriteLoadKillTest.assertTakesWrites(url, acks);
    }
  }

  /** The tcp port of every load-* service in {@code registry}; a name twice fails. */
  private static Map<String, Integer> loadPorts(Registry registry) {
    Map<String, Integer> ports = new HashMap<>();
    for (ServiceRecord r : registry.records()) {
      String name = r.serviceName().orElse("");
      if (name.startsWith("load-") && r.protocol().equals(java.util.Optional.of(Transport.TCP))) {
        Integer port = r.number().orElseThrow().first();
        assertThat(ports.put(name, port)).as("'" + name + "' assigned once").isNull();
      }
    }
    return ports;
  }

  private static void assertTakesWrites(String url, Path acks) throws Exception {
    int before = Files.readAllLines(acks).size();
    Process child = new WriteLoadKillTest().start(url, acks, "load-c");
    awaitAcks(acks, before + 1, child);
    child.destroyForcibly();
    assertThat(child.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
  }

  private Process start(String url, Path acks, String prefix) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            WriteLoad.class.getName(),
            url,
            acks.toString(),
            prefix)
        .redirectErrorStream(true)
        .redirectOutput(acks.resolveSibling(prefix + ".log").toFile())
        .start();
  }

  /** Waits until the acknowledgement file has {@code count} lines; the child must stay alive. */
  private static int awaitAcks(Path acks, int count, Process child) throws Exception {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (true) {
      int lines = Files.exists(acks) ? Files.readAllLines(acks).size() : 0;
      if (lines >= count) {
        return lines;
      }
      if (!child.isAlive()) {
        fail("the load ended on its own: " + Files.readString(acks.resolveSibling("load-a.log")));
      }
      if (Instant.now().isAfter(deadline)) {
        fail("no " + count + " acknowledged writes within " + PATIENCE);
      }
      // Polling interval of a condition wait, not a timing assumption.
      Thread.sleep(20);
    }
  }
}
