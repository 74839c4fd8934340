package org.kennisbank.bench.measure;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.kennisbank.bench.corpus.Corpora;
import org.kennisbank.bench.corpus.Corpus;
import org.kennisbank.bench.queries.BenchQuery;
import org.kennisbank.bench.queries.QueryMix;

/**
 * One bench run over corpus sizes: per size the corpus (written once, kept under the work folder),
 * the query mix, the in-process figures, the fixed-heap child JVM and, when asked, the HTTP load test.
 *
 * @param maxHeap the {@code -Xmx} of the fixed-heap child, empty to skip it
 * @param httpSeconds seconds per load-test cell, 0 to skip the load test
 */
public record BenchRun(Path workFolder, Path judgmentsFolder, long seed, int maxSearches, int maxKeystrokes,
    String maxHeap, int httpSeconds, int port, List<Integer> connections, long childTimeoutSeconds) {

  public BenchRun {
    workFolder = workFolder.toAbsolutePath();
    Objects.requireNonNull(judgmentsFolder, "judgmentsFolder");
    connections = List.copyOf(connections);
  }

  /**
   * Measures one size; progress goes to {@code log}.
   *
   * @throws IllegalStateException unless the result cache is off in this JVM (see {@link ChildJvm#RESULT_CACHE_PROPERTY})
   */
  public SizeReport measure(String size, PrintWriter log) {
    if (!"0".equals(System.getProperty(ChildJvm.RESULT_CACHE_PROPERTY))) {
      throw new IllegalStateException("set -D" + ChildJvm.RESULT_CACHE_PROPERTY + "=0 before opening any knowledge base");
    }
    long start = System.nanoTime();
    log.printf("[%s] corpus ...%n", size);
    Corpus corpus = new Corpora(workFolder).get(size, seed);
    QueryMix mix = QueryMix.of(judgmentsFolder, corpus, maxSearches, maxKeystrokes, seed);
    log.printf("[%s] %d articles; %d searches, %d keystrokes; in-process ...%n", size, corpus.articles(),
        mix.searches().size(), mix.keystrokes().size());
    SizeReport report = InProcessBench.run(size, corpus, mix);
    if (!maxHeap.isEmpty()) {
      log.printf("[%s] child JVM with -Xmx%s ...%n", size, maxHeap);
      List<String> queries = mix.searches().stream().map(BenchQuery::text).limit(200).toList();
      report = report.withFixedHeap(FixedHeapRun.run(corpus.directory(), queries, maxHeap, childTimeoutSeconds, "0"));
    }
    if (httpSeconds > 0) {
      log.printf("[%s] HTTP load test, %d s per cell ...%n", size, httpSeconds);
      report = report.withHttp(LoadTest.run(corpus.directory(), mix, port, httpSeconds, connections));
    }
    log.printf("[%s] done in %.0f s%n", size, (System.nanoTime() - start) / 1e9);
    return report.withSeconds((System.nanoTime() - start) / 1e9);
  }
}
