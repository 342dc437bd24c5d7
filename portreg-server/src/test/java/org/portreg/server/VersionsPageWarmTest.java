package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.portreg.server.spi.RegistrySource;

/**
 * A started server counts what changed between every pair of consecutive versions in the
 * background, so that the versions page's first load does not wait for the diffs; the page then
 * computes none itself.
 */
class VersionsPageWarmTest {
  @Test
  void countsEveryPairOfVersionsBeforeThePageIsAskedFor() throws Exception {
    RegistrySource versions =
        InMemoryRegistrySource.of(
            List.of(
                TestRegistries.of("2025-01-10", 40, "", ""),
                TestRegistries.of("2025-02-10", 45, "", ""),
                TestRegistries.of("2025-03-10", 50, "", "")));
    AtomicInteger diffs = new AtomicInteger();
    RegistrySource counting =
        (RegistrySource)
            Proxy.newProxyInstance(
                RegistrySource.class.getClassLoader(),
                new Class<?>[] {RegistrySource.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("diff")) {
                    diffs.incrementAndGet();
                  }
                  try {
                    return method.invoke(versions, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    try (TestServer server = new TestServer(counting)) {
      long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      while (diffs.get() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(diffs.get()).as("pairs counted in the background").isEqualTo(2);
      String page =
          new String(server.get("/versions").body(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(page).contains("2025-03-10", "2025-02-10", "2025-01-10");
      assertThat(diffs.get()).as("pairs counted again by the page").isEqualTo(2);
    }
  }
}
