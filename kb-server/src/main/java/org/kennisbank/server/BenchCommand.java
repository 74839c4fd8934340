package org.kennisbank.server;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.core.SearchFilters;
import org.kennisbank.core.SearchRequest;
import org.kennisbank.core.Channel;
import org.kennisbank.core.eval.Judgments;

/**
 * {@code ./kb bench [--content DIR] [--judgments FILE]}: prints how long opening, searching as
 * you type and suggesting take, and how much heap the knowledge base holds. Every keystroke of
 * every judged query is replayed: first with an empty cache (what a new query costs), then again
 * (what the cache gives). Figures, not a pass or fail.
 */
final class BenchCommand {

  private BenchCommand() {}

  static int run(Main.Options options, PrintStream out) {
    options.expectPositionals(0);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long heapBefore = memory.getHeapMemoryUsage().getUsed();
    long start = System.nanoTime();
    try (KnowledgeBase kb = Main.open(options.value("content"))) {
      double openMillis = (System.nanoTime() - start) / 1e6;
      System.gc();
      long heapAfter = memory.getHeapMemoryUsage().getUsed();
      Judgments judgments = Judgments.read(Path.of(options.value("judgments")
          .orElse("kb-content/src/test/resources/judgments.tsv")));
      List<String> keystrokes = new ArrayList<>();
      for (Judgments.Judgment judgment : judgments.judgments()) {
        for (int i = 1; i <= judgment.query().length(); i++) {
          keystrokes.add(judgment.query().substring(0, i));
        }
      }
      out.printf(Locale.ROOT, "content: %s, %d articles; opened in %.0f ms; heap held: %.1f MB%n",
          kb.origin(), kb.size(), openMillis, (heapAfter - heapBefore) / 1e6);
      out.printf("keystrokes replayed: %d (from %d judged queries)%n", keystrokes.size(), judgments.judgments().size());
      for (int round = 1; round <= 2; round++) {
        double[] search = time(keystrokes, q -> kb.search(new SearchRequest(q, SearchFilters.NONE, Channel.AGENT, 1, 10, true)));
        double[] suggest = time(keystrokes, q -> kb.suggest(q, 8));
        String label = round == 1 ? "first time (no cache)" : "repeated (cached)";
        print(out, "search-as-you-type, " + label, search);
        print(out, "suggest, " + label, suggest);
      }
      return 0;
    }
  }

  private static double[] time(List<String> queries, java.util.function.Consumer<String> action) {
    double[] millis = new double[queries.size()];
    for (int i = 0; i < queries.size(); i++) {
      long start = System.nanoTime();
      action.accept(queries.get(i));
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    return millis;
  }

  private static void print(PrintStream out, String what, double[] millis) {
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    out.printf(Locale.ROOT, "  %-42s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %7.2f ms%n", what,
        percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted[sorted.length - 1]);
  }

  private static double percentile(double[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
