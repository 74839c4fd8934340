package org.kennisbank.bench.measure;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.core.SearchRequest;

/**
 * Runs in a child JVM started by {@link FixedHeapRun}: opens the content, answers one search and
 * says so ({@value #FIRST_ANSWER}), then searches every query of the given file and prints its
 * heap after open and the share of its life spent in garbage collection ({@value #RESULT}).
 * Arguments: the content folder and a file with one query per line.
 */
public final class StartProbe {

  static final String FIRST_ANSWER = "first-answer";
  static final String RESULT = "result";

  private StartProbe() {}

  public static void main(String[] args) throws IOException {
    try (KnowledgeBase kb = KnowledgeBase.open(Path.of(args[0]))) {
      List<String> queries = Files.readAllLines(Path.of(args[1]));
      kb.search(SearchRequest.of(queries.get(0)));
      System.out.println(FIRST_ANSWER);
      System.out.flush();
      double heapMb = Heap.usedAfterGcMb();
      long gcBefore = Heap.gcMillis();
      long start = System.nanoTime();
      for (String query : queries) {
        kb.search(SearchRequest.of(query));
        kb.search(SearchRequest.of(query).asYouType(true));
      }
      double searchMillis = (System.nanoTime() - start) / 1e6;
      double lifeMillis = ManagementFactory.getRuntimeMXBean().getUptime();
      System.out.printf(Locale.ROOT, "%s %.1f %.4f %.4f%n", RESULT, heapMb, Heap.gcMillis() / lifeMillis,
          (Heap.gcMillis() - gcBefore) / Math.max(1, searchMillis));
    }
  }
}
