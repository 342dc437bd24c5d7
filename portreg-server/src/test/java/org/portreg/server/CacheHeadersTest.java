package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cache headers (issue 15): pages revalidate, assets under their current version are immutable. */
class CacheHeadersTest {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server =
        new TestServer(InMemoryRegistrySource.of(List.of(TestRegistries.plain("2025-02-03", 120))));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void webPagesAreRevalidatedAndKeptOnlyForTheirReader() {
    for (String path : List.of("/", "/versions", "/map", "/no-such-page")) {
      assertThat(server.get(path).headers().firstValue("Cache-Control"))
          .as(path)
          .hasValue("private, no-cache");
    }
  }

  @Test
  void assetsUnderTheirCurrentVersionAreImmutableForAYear() {
    String home = server.text("/", 200);
    Matcher css =
        Pattern.compile("href=\"(/assets/portreg\\.css\\?v=[0-9a-f]{12})\"").matcher(home);
    assertThat(css.find()).isTrue();

    HttpResponse<byte[]> versioned = server.get(css.group(1));
    HttpResponse<byte[]> stale = server.get("/assets/portreg.css?v=000000000000");

    assertThat(versioned.headers().firstValue("Cache-Control"))
        .hasValue("public, max-age=31536000, immutable");
    assertThat(stale.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
  }
}
