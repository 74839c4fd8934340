package org.kennisbank.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencyTest {

  @Test
  void percentiles_are_nearest_rank_of_the_sorted_times() {
    double[] millis = new double[100];
    for (int i = 0; i < 100; i++) {
      millis[i] = 100 - i;
    }

    Latency latency = Latency.of(millis);

    assertThat(latency.p50()).isEqualTo(50);
    assertThat(latency.p99()).isEqualTo(99);
    assertThat(latency.mean()).isEqualTo(50.5);
    assertThat(latency.count()).isEqualTo(100);
  }

  @Test
  void nothing_timed_is_not_measured() {
    assertThat(Latency.of(new double[0]).measured()).isFalse();
  }
}
