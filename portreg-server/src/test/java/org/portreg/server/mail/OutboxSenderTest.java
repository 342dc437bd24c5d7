package org.portreg.server.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxSenderTest {
  @Test
  void theWaitDoublesWithEachFailureUpToADay() {
    Duration first = Duration.ofSeconds(30);
    assertThat(OutboxSender.backoff(first, 0)).isEqualTo(Duration.ofSeconds(30));
    assertThat(OutboxSender.backoff(first, 1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(OutboxSender.backoff(first, 3)).isEqualTo(Duration.ofMinutes(4));
    assertThat(OutboxSender.backoff(first, 20)).isEqualTo(Duration.ofDays(1));
    assertThat(OutboxSender.backoff(first, 1000)).isEqualTo(Duration.ofDays(1));
  }
}
