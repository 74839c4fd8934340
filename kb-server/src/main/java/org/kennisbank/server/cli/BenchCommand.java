package org.kennisbank.server.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.core.Channel;
import org.kennisbank.core.SearchFilters;
import org.kennisbank.core.SearchRequest;
import org.kennisbank.core.eval.Judgments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./kb bench [--content DIR] [--judgments FILE]}: prints how long opening, searching as
 * you type and suggesting take, and how much heap the knowledge base holds. Every keystroke of
 * every judged query is replayed: first with an empty cache (what a new query costs), then again
 * (what the cache gives). Figures, not a pass or fail.
 */
@Command(name = "bench", sortOptions = false, sortSynopsis = false,
    description = "Print opening time, heap, and search-as-you-type and suggest latencies.")
final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Mixin ContentOption content;

  @Option(names = "--judgments", paramLabel = "FILE", order = 2,
      description = "whose queries are replayed keystroke by keystroke (default: ${DEFAULT-VALUE})")
  Path judgmentsFile = Path.of("kb-content/src/test/resources/judgments.tsv");

  @Override
  public Integer call() {
    Judgments judgments = Judgments.read(ContentOption.existingFile(spec, "--judgments", judgmentsFile));
    PrintWriter out = spec.commandLine().getOut();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long heapBefore = memory.getHeapMemoryUsage().getUsed();
    long start = System.nanoTime();
    try (KnowledgeBase kb = content.open()) {
      double openMillis = (System.nanoTime() - start) / 1e6;
      System.gc();
      long heapAfter = memory.getHeapMemoryUsage().getUsed();
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

  private static void print(PrintWriter out, String what, double[] millis) {
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
