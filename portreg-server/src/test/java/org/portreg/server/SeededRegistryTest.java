package org.portreg.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.Portreg;
import org.portreg.io.Registries;
import org.portreg.store.Store;
import org.portreg.testing.SharedData;

/**
 * A store seeded from the snapshot bundled with portreg (issue 13): the home page says so and how
 * to refresh it; {@code /healthz} and {@code /api/v1/registry} name both the software's version and
 * the registry's; a newer import takes over and the notice goes.
 */
class SeededRegistryTest {
  @Test
  void theSeedIsNamedUntilANewerVersionIsImported(@TempDir Path folder) throws Exception {
    ObjectMapper json = new ObjectMapper();
    try (Store store = Store.open("jdbc:sqlite:" + folder.resolve("portreg.db"))) {
      store.importRegistry(
          Registries.read(SharedData.history("2026-03-18")),
          "bundled:service-names-port-numbers.xml.gz");
      try (TestServer server = new TestServer(StoreRegistrySource.of(store, Duration.ZERO))) {
        String home = server.text("/", 200);
        assertThat(home)
            .contains("<p id=\"seeded\" class=\"notice\">")
            .contains("seeded from the snapshot bundled with portreg (updated 2026-03-18)")
            .contains("portreg update");
        JsonNode health = json.readTree(server.get("/healthz").body());
        assertThat(health.get("version").asText()).isEqualTo(Portreg.version());
        assertThat(health.get("registry").get("updated").asText()).isEqualTo("2026-03-18");
        assertThat(health.get("registry").get("bundled").asBoolean()).isTrue();
        JsonNode registry = json.readTree(server.get("/api/v1/registry").body());
        assertThat(registry.get("software").asText()).isEqualTo("portreg " + Portreg.version());
        assertThat(registry.get("bundled").asBoolean()).isTrue();

        store.importRegistry(Registries.read(SharedData.history("2026-03-27")), "update");

        assertThat(server.text("/", 200)).doesNotContain("id=\"seeded\"");
        JsonNode after = json.readTree(server.get("/healthz").body());
        assertThat(after.get("registry").get("updated").asText()).isEqualTo("2026-03-27");
        assertThat(after.get("registry").get("bundled").asBoolean()).isFalse();
        assertThat(new String(server.get("/api/v1/registry").body(), UTF_8))
            .contains("\"bundled\" : false");
      }
    }
  }
}
