package org.kennisbank.bench.measure;

/**
 * What the fixed-heap child JVM reported (see {@link FixedHeapRun}).
 *
 * @param maxHeap its {@code -Xmx}, empty when the child was not run
 * @param outcome {@code ok}, {@code OOM}, {@code timeout}, {@code not run} or {@code failed: ...}
 * @param startToFirstAnswerMs from starting the process to its first search answer
 * @param heapAfterOpenMb heap in use after open and a full collection
 * @param gcShareOfLife time in garbage collection over the child's whole life (open and searches)
 * @param gcShareWhileSearching the same while it searched only
 */
public record FixedHeapResult(String maxHeap, String outcome, double startToFirstAnswerMs, double heapAfterOpenMb,
    double gcShareOfLife, double gcShareWhileSearching) {

  static final FixedHeapResult NOT_RUN = new FixedHeapResult("", "not run", Double.NaN, Double.NaN, Double.NaN, Double.NaN);
}
