package org.kennisbank.bench.measure;

import java.util.List;
import java.util.function.ToIntFunction;
import org.kennisbank.bench.corpus.Corpus;
import org.kennisbank.bench.queries.BenchQuery;
import org.kennisbank.bench.queries.QueryMix;
import org.kennisbank.core.Channel;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.core.SearchFilters;
import org.kennisbank.core.SearchRequest;

/**
 * The in-process figures of one corpus: opening (index build rate), heap held after open, full
 * search, search-as-you-type and suggest, each query timed for Kennisbank and right after for
 * plain Lucene (so both see the same machine load), an editor's write until visible, and the chat
 * hook. The result cache must be off in this JVM ({@link ChildJvm#RESULT_CACHE_PROPERTY} 0): every
 * query then costs what a new query costs. A short warm-up comes first.
 */
final class InProcessBench {

  private static final int WARM_UP = 200;
  /** Where results go so that the JIT cannot drop a timed call as unused. */
  private static volatile int sink;

  private InProcessBench() {}

  static SizeReport run(String size, Corpus corpus, QueryMix mix) {
    long begin = System.nanoTime();
    double heapBefore = Heap.usedAfterGcMb();
    long start = System.nanoTime();
    try (KnowledgeBase kb = KnowledgeBase.open(corpus.directory())) {
      double openMs = (System.nanoTime() - start) / 1e6;
      double heapMb = Heap.usedAfterGcMb() - heapBefore;
      List<org.kennisbank.core.Article> articles = kb.articles(Channel.AGENT);
      double beforeLucene = Heap.usedAfterGcMb();
      try (PlainLucene lucene = new PlainLucene(articles)) {
        double luceneHeapMb = Heap.usedAfterGcMb() - beforeLucene;
        List<String> searches = mix.searches().stream().map(BenchQuery::text).toList();
        warmUp(kb, lucene, searches, mix.keystrokes());
        double[][] full = time(searches, q -> kb.search(full(q)).hits().size(), lucene::searchStandard, lucene::searchDutch);
        double[][] typing = time(mix.keystrokes(), q -> kb.search(typing(q)).hits().size(), lucene::searchDutch);
        double[][] suggest = time(mix.keystrokes(), q -> kb.suggest(q, 8).size(), lucene::suggest);
        Latency chat = ChatAnswers.measure(kb, mix.questions());
        Latency write = EditorWrite.measure(kb, corpus.directory());
        return new SizeReport(size, kb.size(), openMs, kb.size() / (openMs / 1e3), lucene.standardBuildMillis,
            kb.size() / (lucene.standardBuildMillis / 1e3), lucene.dutchBuildMillis, heapMb, luceneHeapMb,
            Latency.of(full[0]), Latency.of(full[1]), Latency.of(full[2]), Latency.of(typing[0]), Latency.of(typing[1]),
            Latency.of(suggest[0]), Latency.of(suggest[1]), chat, write, FixedHeapResult.NOT_RUN, List.of(), (System.nanoTime() - begin) / 1e9);
      }
    }
  }

  static SearchRequest full(String query) {
    return new SearchRequest(query, SearchFilters.NONE, Channel.PUBLIC, 1, 10, false);
  }

  static SearchRequest typing(String query) {
    return new SearchRequest(query, SearchFilters.NONE, Channel.AGENT, 1, 10, true);
  }

  private static void warmUp(KnowledgeBase kb, PlainLucene lucene, List<String> searches, List<String> keystrokes) {
    for (int i = 0; i < WARM_UP; i++) {
      String query = searches.get(i % searches.size());
      String typed = keystrokes.get(i % keystrokes.size());
      kb.search(full(query));
      kb.search(typing(typed));
      kb.suggest(typed, 8);
      lucene.searchStandard(query);
      lucene.searchDutch(query);
      lucene.suggest(typed);
    }
  }

  /** Times each query once with each action in turn; one row of milliseconds per action. */
  @SafeVarargs
  static double[][] time(List<String> queries, ToIntFunction<String>... actions) {
    double[][] millis = new double[actions.length][queries.size()];
    for (int i = 0; i < queries.size(); i++) {
      for (int a = 0; a < actions.length; a++) {
        long start = System.nanoTime();
        sink += actions[a].applyAsInt(queries.get(i));
        millis[a][i] = (System.nanoTime() - start) / 1e6;
      }
    }
    return millis;
  }
}
