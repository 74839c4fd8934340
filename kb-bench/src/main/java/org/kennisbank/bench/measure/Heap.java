package org.kennisbank.bench.measure;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/** Heap in use after a full collection, and the time the collectors took so far. */
final class Heap {

  private Heap() {}

  /** Used heap in MB after asking for two full collections (one may leave finalizable objects). */
  static double usedAfterGcMb() {
    System.gc();
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
  }

  /** Milliseconds all collectors spent since the JVM started. */
  static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, collector.getCollectionTime());
    }
    return total;
  }
}
