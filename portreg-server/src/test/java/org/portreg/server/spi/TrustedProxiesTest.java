package org.portreg.server.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.portreg.error.InvalidInputException;

class TrustedProxiesTest {
  private final TrustedProxies proxies = TrustedProxies.of(List.of("10.0.0.0/8", "::1"));

  @Test
  void withoutTrustedProxiesThePeerIsTheClientWhateverItSends() {
    assertThat(TrustedProxies.none().clientKey("192.0.2.7", "203.0.113.9")).isEqualTo("192.0.2.7");
    assertThat(proxies.clientKey("192.0.2.7", "203.0.113.9")).isEqualTo("192.0.2.7");
  }

  @Test
  void behindATrustedProxyTheRightmostUntrustedHopIsTheClient() {
    assertThat(proxies.clientKey("10.1.2.3", "203.0.113.9")).isEqualTo("203.0.113.9");
    // A client may forge the left part; only what our proxies appended counts.
    assertThat(proxies.clientKey("10.1.2.3", "198.51.100.1, 203.0.113.9, 10.9.9.9"))
        .isEqualTo("203.0.113.9");
    assertThat(proxies.clientKey("::1", "203.0.113.9")).isEqualTo("203.0.113.9");
    assertThat(proxies.clientKey("10.1.2.3", "10.2.2.2")).isEqualTo("10.2.2.2");
    assertThat(proxies.clientKey("10.1.2.3", "not-an-address, 203.0.113.9"))
        .isEqualTo("203.0.113.9");
    assertThat(proxies.clientKey("10.1.2.3", "evil.example")).isEqualTo("10.1.2.3");
  }

  @Test
  void ipv6ClientsAreKeyedByTheirSlash64() {
    String a = TrustedProxies.none().clientKey("2001:db8:1:2:aaaa::1", null);
    String b = TrustedProxies.none().clientKey("2001:db8:1:2:bbbb::9", null);
    String other = TrustedProxies.none().clientKey("2001:db8:1:3::1", null);
    assertThat(a).isEqualTo(b).endsWith("/64");
    assertThat(other).isNotEqualTo(a);
    assertThat(proxies.clientKey("10.0.0.1", "[2001:db8:1:2::5]")).isEqualTo(a);
    assertThat(TrustedProxies.none().clientKey("::ffff:192.0.2.7", null)).isEqualTo("192.0.2.7");
  }

  @Test
  void rangesAreLiteralAddressesWithAPrefix() {
    assertThat(TrustedProxies.literal("localhost")).isNull();
    assertThat(TrustedProxies.literal("1.2.3")).isNull();
    assertThat(TrustedProxies.literal("::zz")).isNull();
    assertThatThrownBy(() -> TrustedProxies.of(List.of("proxy.internal")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("proxy.internal");
    assertThatThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/33")))
        .hasMessageContaining("0..32");
    assertThat(TrustedProxies.of(List.of("0.0.0.0/0")).clientKey("8.8.8.8", "1.1.1.1"))
        .isEqualTo("1.1.1.1");
  }
}
