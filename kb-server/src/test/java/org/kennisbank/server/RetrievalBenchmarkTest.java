package org.kennisbank.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kennisbank.core.Channel;
import org.kennisbank.core.ContentProblem;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.core.eval.EvaluationReport;
import org.kennisbank.core.eval.Evaluator;
import org.kennisbank.core.internal.search.BaselineSearch;
import org.kennisbank.core.eval.Metrics;
import org.kennisbank.core.eval.QueryOutcome;

/**
 * Question-to-answer retrieval on real public data: the full Kennisbank chain against plain BM25
 * with {@code StandardAnalyzer} (kb-core's baseline) and with Lucene's {@code DutchAnalyzer}. Each
 * answer is an article with a neutral title, each question a query whose one relevant article is
 * its own answer. Prints one line of figures per data set and ranking; asserts only what must hold
 * whatever the figures: the content loads, every question is evaluated, and the full chain's MRR@10
 * stays within {@value #MRR_MARGIN} of the StandardAnalyzer baseline.
 *
 * <p>Published reference on PolicyQA (MRR@10): StandardAnalyzer 0.854, DutchAnalyzer 0.897, Solr
 * text_nl 0.906.
 */
class RetrievalBenchmarkTest {

  private static final double MRR_MARGIN = 0.02;
  private static final int WORST_SHOWN = 15;
  private static final int MISS_POSITION = 11;

  /** The three rankings of one data set. */
  private record Figures(String dataSet, EvaluationReport kennisbank, EvaluationReport baseline, EvaluationReport dutch) {}

  @Test
  void policyqa_full_chain_keeps_up_with_bm25(@TempDir Path dir) throws IOException {
    Figures figures = measure(BenchmarkDataSets.policyQa(sharedData("policyqa")), dir);

    printWorse(figures, WORST_SHOWN);
    assertKeepsUp(figures);
  }

  @Test
  void rijksoverheid_faq_full_chain_keeps_up_with_bm25(@TempDir Path dir) throws IOException {
    Figures figures = measure(BenchmarkDataSets.rijksoverheidFaq(sharedData("rijksoverheid-faq")), dir);

    printWorse(figures, 0);
    assertKeepsUp(figures);
  }

  private static Path sharedData(String name) {
    Path folder = BenchmarkDataSets.SHARED_DATA.resolve(name);
    assertThat(Files.isDirectory(folder)).as("benchmark data at %s", folder.toAbsolutePath().normalize()).isTrue();
    return folder;
  }

  private static Figures measure(BenchmarkDataSets.DataSet data, Path dir) throws IOException {
    data.writeTo(dir);
    int questions = data.judgments().judgments().size();
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      assertThat(kb.problems()).as("%s: content problems", data.name())
          .filteredOn(problem -> problem.severity() == ContentProblem.Severity.ERROR).isEmpty();
      assertThat(kb.size()).as("%s: articles loaded", data.name()).isEqualTo(data.articles().size());

      EvaluationReport kennisbank = Evaluator.evaluate(kb, data.judgments());
      EvaluationReport baseline = Evaluator.evaluateBaseline(kb, data.judgments());
      EvaluationReport dutch;
      try (BaselineSearch dutchBaseline = new BaselineSearch(kb.articles(Channel.PUBLIC), new DutchAnalyzer())) {
        dutch = Evaluator.evaluate("bm25-dutch", data.judgments(), query -> {
          BaselineSearch.Result result = dutchBaseline.search(query, 10);
          return new Evaluator.Ranked(result.ids(), result.total());
        });
      }

      Figures figures = new Figures(data.name(), kennisbank, baseline, dutch);
      for (EvaluationReport report : List.of(kennisbank, baseline, dutch)) {
        System.out.println(line(data.name(), report));
        assertThat(report.metrics().queries()).as("%s %s: queries evaluated", data.name(), report.name()).isEqualTo(questions);
        assertThat(report.outcomes()).hasSize(questions);
      }
      return figures;
    }
  }

  static String line(String dataSet, EvaluationReport report) {
    Metrics m = report.metrics();
    return String.format(Locale.ROOT,
        "%-13s %-14s queries=%d MRR@10=%.3f nDCG@10=%.3f success@1=%.3f success@3=%.3f success@10=%.3f zero-results=%.3f",
        dataSet, report.name(), m.queries(), m.mrr10(), m.ndcg10(), m.success1(), m.success3(), m.success10(), m.zeroResultRate());
  }

  private static void assertKeepsUp(Figures figures) {
    assertThat(figures.kennisbank().metrics().mrr10())
        .as("%s: MRR@10 of the full chain against the BM25 baseline (%.3f) minus %.2f",
            figures.dataSet(), figures.baseline().metrics().mrr10(), MRR_MARGIN)
        .isGreaterThanOrEqualTo(figures.baseline().metrics().mrr10() - MRR_MARGIN);
  }

  /** A miss counts as rank 11: worse than any hit in the top 10. */
  private static int position(QueryOutcome outcome) {
    return outcome.rank() == 0 ? MISS_POSITION : outcome.rank();
  }

  /**
   * Prints how often the full chain ranks the answer worse or better than the baseline, then the
   * {@code shown} questions where it loses most: both ranks, how many articles the full chain found,
   * and what it put first.
   */
  private static void printWorse(Figures figures, int shown) {
    List<QueryOutcome> ours = figures.kennisbank().outcomes();
    List<QueryOutcome> theirs = figures.baseline().outcomes();
    List<Integer> worse = new ArrayList<>();
    int better = 0;
    for (int i = 0; i < ours.size(); i++) {
      int difference = position(ours.get(i)) - position(theirs.get(i));
      if (difference > 0) {
        worse.add(i);
      } else if (difference < 0) {
        better++;
      }
    }
    System.out.printf(Locale.ROOT, "%-13s kennisbank vs bm25-baseline: worse on %d, better on %d, equal on %d of %d questions%n",
        figures.dataSet(), worse.size(), better, ours.size() - worse.size() - better, ours.size());
    if (shown == 0 || worse.isEmpty()) {
      return;
    }
    worse.sort(Comparator.<Integer>comparingInt(i -> position(theirs.get(i)) - position(ours.get(i)))
        .thenComparingInt(i -> position(theirs.get(i)))
        .thenComparingInt(i -> i));
    System.out.printf(Locale.ROOT, "%-13s the %d questions where kennisbank loses most (rank 11 = not in the top 10):%n",
        figures.dataSet(), Math.min(shown, worse.size()));
    for (int i : worse.subList(0, Math.min(shown, worse.size()))) {
      QueryOutcome outcome = ours.get(i);
      System.out.printf(Locale.ROOT, "  kennisbank=%-2d bm25-baseline=%-2d found=%-4d answer=%s kennisbank-first=%s  %s%n",
          position(outcome), position(theirs.get(i)), outcome.total(), outcome.relevant().getFirst(),
          outcome.top().isEmpty() ? "-" : outcome.top().getFirst(), outcome.query());
    }
  }
}
