package org.kennisbank.bench.report;

import java.io.PrintWriter;
import java.util.Locale;
import org.kennisbank.bench.measure.FixedHeapResult;
import org.kennisbank.bench.measure.Latency;
import org.kennisbank.bench.measure.SizeReport;

/** The human-readable tables of a bench run: one per size, each figure with its ratio to plain Lucene. */
public final class TextReport {

  private TextReport() {}

  public static void print(SizeReport r, PrintWriter out) {
    out.printf(Locale.ROOT, "%n== %s: %,d articles (measured in %.0f s) ==%n", r.size(), r.articles(), r.seconds());
    out.printf("%-26s %-22s %-22s %s%n", "", "Kennisbank", "plain Lucene", "ratio");
    latency(out, "full search p50 / p99", r.fullSearch(), r.fullSearchLucene(), "BM25, StandardAnalyzer");
    latency(out, "", r.fullSearch(), r.fullSearchLuceneDutch(), "BM25, DutchAnalyzer");
    latency(out, "search-as-you-type", r.typing(), r.typingLucene(), "BM25 Dutch, prefix as typed");
    latency(out, "suggest", r.suggest(), r.suggestLucene(), "FST prefix lookup");
    out.printf("%-26s %s%n", "chat answer", r.chat().measured() ? pair(r.chat()) : "n/a (chat API not merged yet)");
    out.printf(Locale.ROOT, "%-26s %-22s %-22s %s%n", "index build (articles/s)", number(r.openArticlesPerSecond()),
        number(r.luceneArticlesPerSecond()), ratio(r.openArticlesPerSecond(), r.luceneArticlesPerSecond()));
    out.printf(Locale.ROOT, "%-26s %-22s %-22s %s%n", "open / build (s)", seconds(r.openMs()), seconds(r.luceneBuildMs()),
        ratio(r.openMs(), r.luceneBuildMs()));
    out.printf(Locale.ROOT, "%-26s %-22s %-22s %s%n", "heap after open (MB)", number(r.heapAfterOpenMb()),
        number(r.luceneHeapMb()) + " (both indexes)", ratio(r.heapAfterOpenMb(), r.luceneHeapMb()));
    out.printf("%-26s %s%n", "editor write to visible", r.editorWrite().measured()
        ? String.format(Locale.ROOT, "p50 %.1f ms, max of %d: %.1f ms", r.editorWrite().p50(), r.editorWrite().count(), r.editorWrite().p99())
        : "n/a");
    FixedHeapResult heap = r.fixedHeap();
    if (!heap.maxHeap().isEmpty()) {
      out.printf(Locale.ROOT, "%-26s %s%n", "start to first answer", Double.isNaN(heap.startToFirstAnswerMs()) ? "n/a (" + heap.outcome() + ")"
          : String.format(Locale.ROOT, "%.1f s (fresh JVM, -Xmx%s)", heap.startToFirstAnswerMs() / 1e3, heap.maxHeap()));
      out.printf(Locale.ROOT, "%-26s %s%n", "within -Xmx" + heap.maxHeap(), heap.outcome().equals("ok")
          ? String.format(Locale.ROOT, "ok: heap after open %.0f MB, GC %.1f%% of its life, %.1f%% while searching",
              heap.heapAfterOpenMb(), heap.gcShareOfLife() * 100, heap.gcShareWhileSearching() * 100)
          : heap.outcome());
    }
    if (!r.http().isEmpty()) {
      out.printf("%nHTTP (wrk on 127.0.0.1; errors = socket errors and non-2xx answers, e.g. 503 from the expensive-search limit)%n");
      out.printf("%-9s %-6s %6s %10s %9s %9s %9s%n", "workload", "cache", "conns", "req/s", "p50 ms", "p99 ms", "errors");
      for (SizeReport.LoadCell cell : r.http()) {
        out.printf(Locale.ROOT, "%-9s %-6s %6d %10.0f %9.2f %9.2f %9d%n", cell.workload(), cell.resultCache() ? "on" : "off",
            cell.connections(), cell.requestsPerSecond(), cell.p50Ms(), cell.p99Ms(), cell.errors());
      }
    }
    out.flush();
  }

  private static void latency(PrintWriter out, String label, Latency kb, Latency lucene, String what) {
    out.printf(Locale.ROOT, "%-26s %-22s %-22s %-16s %s%n", label, pair(kb), pair(lucene),
        ratio(kb.p50(), lucene.p50()) + " / " + ratio(kb.p99(), lucene.p99()), what);
  }

  static String pair(Latency latency) {
    return String.format(Locale.ROOT, "%.2f / %.2f ms", latency.p50(), latency.p99());
  }

  static String ratio(double kennisbank, double lucene) {
    return Double.isNaN(kennisbank) || Double.isNaN(lucene) || lucene <= 0 ? "n/a" : String.format(Locale.ROOT, "%.1fx", kennisbank / lucene);
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%,.0f", value);
  }

  private static String seconds(double millis) {
    return String.format(Locale.ROOT, "%.1f", millis / 1e3);
  }
}
