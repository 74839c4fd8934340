package org.kennisbank.bench.measure;

import java.util.List;

/**
 * Every figure of one corpus size, Kennisbank beside plain Lucene where there is a yardstick.
 * Milliseconds unless the name says otherwise; NaN where a figure could not be taken.
 */
public record SizeReport(
    // Field order is the JSON order of ./kb bench --json.
    String size,
    int articles,
    double openMs,
    double openArticlesPerSecond,
    double luceneBuildMs,
    double luceneArticlesPerSecond,
    double luceneDutchBuildMs,
    double heapAfterOpenMb,
    double luceneHeapMb,
    Latency fullSearch,
    Latency fullSearchLucene,
    Latency fullSearchLuceneDutch,
    Latency typing,
    Latency typingLucene,
    Latency suggest,
    Latency suggestLucene,
    Latency chat,
    Latency editorWrite,
    FixedHeapResult fixedHeap,
    List<LoadCell> http,
    double seconds) {

  public SizeReport {
    http = List.copyOf(http);
  }

  /** One cell of the HTTP load test: a query list, a cache setting and a number of connections. */
  public record LoadCell(String workload, boolean resultCache, int connections, double requestsPerSecond,
      double p50Ms, double p99Ms, long requests, long errors) {}

  SizeReport withFixedHeap(FixedHeapResult result) {
    return new SizeReport(size, articles, openMs, openArticlesPerSecond, luceneBuildMs, luceneArticlesPerSecond,
        luceneDutchBuildMs, heapAfterOpenMb, luceneHeapMb, fullSearch, fullSearchLucene, fullSearchLuceneDutch, typing,
        typingLucene, suggest, suggestLucene, chat, editorWrite, result, http, seconds);
  }

  SizeReport withSeconds(double total) {
    return new SizeReport(size, articles, openMs, openArticlesPerSecond, luceneBuildMs, luceneArticlesPerSecond,
        luceneDutchBuildMs, heapAfterOpenMb, luceneHeapMb, fullSearch, fullSearchLucene, fullSearchLuceneDutch, typing,
        typingLucene, suggest, suggestLucene, chat, editorWrite, fixedHeap, http, total);
  }

  SizeReport withHttp(List<LoadCell> cells) {
    return new SizeReport(size, articles, openMs, openArticlesPerSecond, luceneBuildMs, luceneArticlesPerSecond,
        luceneDutchBuildMs, heapAfterOpenMb, luceneHeapMb, fullSearch, fullSearchLucene, fullSearchLuceneDutch, typing,
        typingLucene, suggest, suggestLucene, chat, editorWrite, fixedHeap, cells, seconds);
  }
}
