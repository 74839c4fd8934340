package org.kennisbank.bench.measure;

import java.util.Arrays;

/**
 * Percentiles of one workload in milliseconds; {@link #NONE} when it was not measured.
 *
 * @param count how many operations were timed
 */
public record Latency(int count, double p50, double p99, double mean) {

  public static final Latency NONE = new Latency(0, 0, 0, 0);

  public Latency {
    if (count < 0) {
      throw new IllegalArgumentException("count must be 0 or more; got: " + count);
    }
  }

  public static Latency of(double[] millis) {
    if (millis.length == 0) {
      return NONE;
    }
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    return new Latency(sorted.length, percentile(sorted, 50), percentile(sorted, 99), Arrays.stream(sorted).average().orElse(0));
  }

  public boolean measured() {
    return count > 0;
  }

  private static double percentile(double[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
