package org.portreg.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.portreg.error.PermissionDeniedException;

class SameOriginTest {
  @ParameterizedTest
  @CsvSource({
    "https://registry.example, registry.example, true",
    "https://registry.example:443, registry.example, true",
    "https://registry.example, registry.example:443, true",
    "http://127.0.0.1:8080, 127.0.0.1:8080, true",
    "HTTP://Registry.Example, registry.example, true",
    "https://registry.example/requests?x=1, registry.example, true",
    "https://evil.example, registry.example, false",
    "https://registry.example:8443, registry.example, false",
    "http://127.0.0.1:8081, 127.0.0.1:8080, false",
    "null, registry.example, false",
    "file:///etc/passwd, registry.example, false",
    "https://registry.example.evil.example, registry.example, false",
    "'not a url at all', registry.example, false",
  })
  void comparesSchemeDefaultPortsHostsAndPorts(String claimed, String host, boolean same) {
    assertThat(SameOrigin.sameAuthority(claimed, host)).isEqualTo(same);
  }

  @Test
  void originWinsOverRefererAndNeitherPasses() {
    SameOrigin.require("registry.example", null, null);
    SameOrigin.require("registry.example", "https://registry.example", "https://evil.example/");
    assertThatThrownBy(() -> SameOrigin.require("registry.example", "https://evil.example", null))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("Origin");
    assertThatThrownBy(() -> SameOrigin.require("registry.example", null, "https://evil.example/x"))
        .hasMessageContaining("Referer");
    assertThatThrownBy(() -> SameOrigin.require(null, "https://registry.example", null))
        .isInstanceOf(PermissionDeniedException.class);
  }
}
