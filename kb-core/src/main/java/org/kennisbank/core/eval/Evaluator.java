package org.kennisbank.core.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.core.Channel;
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

  /** Any ranking to measure: the ids of its best hits for a query, best first, and how many matched. */
  @FunctionalInterface
  public interface Ranker {
    Ranked rank(String query);
  }

  /** What a {@link Ranker} found for one query. */
  public record Ranked(List<String> ids, long total) {
    public Ranked {
      ids = List.copyOf(ids);
    }
  }

  /** The full chain: public search as the website asks it. */
  public static EvaluationReport evaluate(KnowledgeBase kb, Judgments judgments) {
    return evaluate(kb, judgments, false);
  }

  /**
   * The full chain, searching as the website asks it or, with {@code asYouType}, as the agent
   * desktop does while the agent types: the agent channel with the last word read as a prefix.
   */
  public static EvaluationReport evaluate(KnowledgeBase kb, Judgments judgments, boolean asYouType) {
    return evaluate(asYouType ? "kennisbank-typing" : "kennisbank", judgments, query -> {
      SearchRequest request = SearchRequest.of(query).withPage(1, DEPTH);
      if (asYouType) {
        request = request.withChannel(Channel.AGENT).asYouType(true);
      }
      SearchResult result = kb.search(request);
      return new Ranked(result.ids(), result.total());
    });
  }

  /** Plain BM25 with {@code StandardAnalyzer} on title, keywords, summary and public sections. */
  public static EvaluationReport evaluateBaseline(KnowledgeBase kb, Judgments judgments) {
    try (BaselineSearch baseline = new BaselineSearch(kb.articles(org.kennisbank.core.Channel.PUBLIC))) {
      return evaluate("bm25-baseline", judgments, query -> {
        BaselineSearch.Result result = baseline.search(query, DEPTH);
        return new Ranked(result.ids(), result.total());
      });
    }
  }

  /** Measures any ranking on the judgments, with the same figures as the knowledge base's own. */
  public static EvaluationReport evaluate(String name, Judgments judgments, Ranker ranker) {
    List<QueryOutcome> outcomes = new ArrayList<>();
    double reciprocal = 0;
    double ndcg = 0;
    int first = 0;
    int top3 = 0;
    int top10 = 0;
    int zero = 0;
    for (Judgments.Judgment judgment : judgments.judgments()) {
      Ranked ranking = ranker.rank(judgment.query());
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
