package org.kennisbank.core.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.core.SearchRequest;
import org.kennisbank.core.SearchResult;
import org.kennisbank.core.internal.search.BaselineSearch;

/**
 * Measures search quality on {@link Judgments}: the knowledge base's own ranking, and a plain
 * Lucene BM25 baseline with {@code StandardAnalyzer} over the same articles, so a gain is a ratio
 * measured in one run, not a claim.
 */
public final class Evaluator {

  static final int DEPTH = 10;

  private Evaluator() {}

  /** The full chain: public search as the website asks it. */
  public static EvaluationReport evaluate(KnowledgeBase kb, Judgments judgments) {
    return run("kennisbank", judgments, query -> {
      SearchResult result = kb.search(SearchRequest.of(query).withPage(1, DEPTH));
      return new Ranking(result.ids(), result.total());
    });
  }

  /** Plain BM25 with {@code StandardAnalyzer} on title, keywords, summary and public sections. */
  public static EvaluationReport evaluateBaseline(KnowledgeBase kb, Judgments judgments) {
    try (BaselineSearch baseline = new BaselineSearch(kb.articles(org.kennisbank.core.Channel.PUBLIC))) {
      return run("bm25-baseline", judgments, query -> {
        BaselineSearch.Result result = baseline.search(query, DEPTH);
        return new Ranking(result.ids(), result.total());
      });
    }
  }

  private record Ranking(List<String> ids, long total) {}

  private static EvaluationReport run(String name, Judgments judgments, Function<String, Ranking> ranker) {
    List<QueryOutcome> outcomes = new ArrayList<>();
    double reciprocal = 0;
    double ndcg = 0;
    int first = 0;
    int top3 = 0;
    int top10 = 0;
    int zero = 0;
    for (Judgments.Judgment judgment : judgments.judgments()) {
      Ranking ranking = ranker.apply(judgment.query());
      List<String> top = ranking.ids().subList(0, Math.min(DEPTH, ranking.ids().size()));
      Set<String> relevant = Set.copyOf(judgment.relevant());
      int rank = 0;
      for (int i = 0; i < top.size(); i++) {
        if (relevant.contains(top.get(i))) {
          rank = i + 1;
          break;
        }
      }
      outcomes.add(new QueryOutcome(judgment.query(), judgment.relevant(), rank, ranking.total(), top));
      if (rank > 0) {
        reciprocal += 1.0 / rank;
        first += rank == 1 ? 1 : 0;
        top3 += rank <= 3 ? 1 : 0;
        top10++;
      }
      zero += ranking.total() == 0 ? 1 : 0;
      ndcg += ndcg(top, relevant);
    }
    int n = Math.max(1, outcomes.size());
    Metrics metrics = new Metrics(outcomes.size(), reciprocal / n, ndcg / n, (double) first / n,
        (double) top3 / n, (double) top10 / n, (double) zero / n);
    return new EvaluationReport(name, metrics, outcomes);
  }

  static double ndcg(List<String> top, Set<String> relevant) {
    double dcg = 0;
    for (int i = 0; i < top.size(); i++) {
      if (relevant.contains(top.get(i))) {
        dcg += 1 / log2(i + 2);
      }
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(relevant.size(), DEPTH); i++) {
      ideal += 1 / log2(i + 2);
    }
    return ideal == 0 ? 0 : dcg / ideal;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
