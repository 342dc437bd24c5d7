package org.portreg.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.portreg.server.http.RateLimitedException;
import org.portreg.server.spi.RateLimit;

/** Token buckets on an injected clock. */
class RateLimiterTest {
  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private final RateLimiter limiter = new RateLimiter("writes", new RateLimit(30, 3), nanos::get);

  @Test
  void allowsABurstThenRefusesSayingWhenToRetry() {
    for (int i = 0; i < 3; i++) {
      limiter.take("user:1");
    }

    assertThatThrownBy(() -> limiter.take("user:1"))
        .isInstanceOfSatisfying(
            RateLimitedException.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(2))
        .hasMessage("too many writes: at most 30 a minute; retry in 2 s");
  }

  @Test
  void refillsAtTheRate() {
    for (int i = 0; i < 3; i++) {
      limiter.take("user:1");
    }
    nanos.addAndGet(2_000_000_000L); // 30 a minute: one every 2 s

    limiter.take("user:1");
    assertThatThrownBy(() -> limiter.take("user:1")).isInstanceOf(RateLimitedException.class);
  }

  @Test
  void keepsOneBucketPerKey() {
    for (int i = 0; i < 3; i++) {
      limiter.take("user:1");
    }

    limiter.take("user:2");
    assertThatThrownBy(() -> limiter.take("user:1")).isInstanceOf(RateLimitedException.class);
  }

  @Test
  void keepsAtMostMaxKeysForgettingTheLeastRecentlyUsed() {
    long[] now = {0};
    RateLimiter limiter = new RateLimiter("writes", new RateLimit(1, 1), () -> now[0]);
    limiter.take("attacker");
    for (int i = 0; i < RateLimiter.MAX_KEYS + 500; i++) {
      limiter.take("k" + i);
      if (i % 1000 == 0) {
        // still recently used: its empty bucket is never the one forgotten
        assertThatThrownBy(() -> limiter.take("attacker"));
      }
    }
    assertThat(limiter.size()).isEqualTo(RateLimiter.MAX_KEYS);
  }
}
