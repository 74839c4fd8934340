package org.kennisbank.core;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Prints what the worst queries cost on the bundled content: CPU and wall time per search for
 * sixteen random 30-letter words, long random questions, many typos and many one-letter words,
 * beside ordinary queries. Not a test (Surefire does not run it); figures only, never asserted.
 * Every query is new, so the result cache never answers.
 *
 * <pre>{@code
 * mvn -B -o -q test-compile && cd kb-core
 * mvn -B -o -q dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp "target/test-classes:target/classes:$(cat /tmp/cp.txt)" org.kennisbank.core.QueryCostProbe
 * }</pre>
 */
public final class QueryCostProbe {

  private static final int ROUNDS = 40;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private QueryCostProbe() {}

  public static void main(String[] args) {
    try (KnowledgeBase kb = KnowledgeBase.open(Fixture.bundledRoot())) {
      List<String> vocabulary = kb.articles(Channel.PUBLIC).stream()
          .flatMap(article -> List.of(article.summary().toLowerCase().split("[^a-z]+")).stream())
          .filter(word -> word.length() >= 5)
          .distinct().sorted().toList();
      measure(kb, "warm-up", random -> randomWords(random, 16, 30));
      measure(kb, "ordinary: 'paspoort verlengen' + n", random -> "paspoort verlengen " + random.nextInt(1_000_000));
      measure(kb, "16 random 30-letter words", random -> randomWords(random, 16, 30));
      measure(kb, "long random question (500 chars)", random -> question(random, vocabulary));
      measure(kb, "16 real words, 2 typos each", random -> typos(random, vocabulary));
      measure(kb, "250 one-letter words", random -> randomWords(random, 250, 1));
    }
  }

  private static void measure(KnowledgeBase kb, String label, Function<Random, String> queries) {
    Random random = new Random(label.hashCode());
    List<Double> cpu = new ArrayList<>();
    List<Double> wall = new ArrayList<>();
    int partial = 0;
    for (int round = 0; round < ROUNDS; round++) {
      String query = queries.apply(random);
      query = query.length() > SearchRequest.MAX_QUERY_LENGTH ? query.substring(0, SearchRequest.MAX_QUERY_LENGTH) : query;
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      long wallStart = System.nanoTime();
      SearchResult result = kb.search(query);
      wall.add((System.nanoTime() - wallStart) / 1e6);
      cpu.add((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6);
      partial += partialOf(result) ? 1 : 0;
    }
    System.out.printf("%-36s cpu p50 %6.1f ms  max %6.1f ms | wall p50 %6.1f ms  max %6.1f ms | partial %d/%d%n",
        label, percentile(cpu, 50), percentile(cpu, 100), percentile(wall, 50), percentile(wall, 100), partial, ROUNDS);
  }

  /** Whether the result is marked partial; reflective so the probe also runs on code without the flag. */
  private static boolean partialOf(SearchResult result) {
    try {
      return (Boolean) SearchResult.class.getMethod("partial").invoke(result);
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  private static String randomWords(Random random, int count, int letters) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder word = new StringBuilder();
      for (int j = 0; j < letters; j++) {
        word.append((char) ('a' + random.nextInt(26)));
      }
      words.add(word.toString());
    }
    return String.join(" ", words);
  }

  private static String question(Random random, List<String> vocabulary) {
    StringBuilder text = new StringBuilder("hoe kan ik");
    while (text.length() < SearchRequest.MAX_QUERY_LENGTH - 20) {
      text.append(' ').append(vocabulary.get(random.nextInt(vocabulary.size())));
    }
    return text.toString();
  }

  private static String typos(Random random, List<String> vocabulary) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      char[] word = vocabulary.get(random.nextInt(vocabulary.size())).toCharArray();
      for (int edit = 0; edit < 2; edit++) {
        word[1 + random.nextInt(word.length - 1)] = (char) ('a' + random.nextInt(26));
      }
      words.add(new String(word));
    }
    return String.join(" ", words);
  }

  private static double percentile(List<Double> values, int percent) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
