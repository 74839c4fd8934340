package org.kennisbank.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kennisbank.core.Channel;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.core.SearchRequest;
import org.kennisbank.core.eval.EvaluationReport;
import org.kennisbank.core.eval.Evaluator;
import org.kennisbank.core.eval.Judgments;
import org.kennisbank.core.eval.Metrics;

/**
 * Relevance cannot silently regress: the judgments in src/test/resources are run against the
 * bundled content, and the figures of the full chain and the BM25 baseline are printed.
 */
class RelevanceTest {

  private static KnowledgeBase kb;

  @BeforeAll
  static void open() {
    kb = KnowledgeBase.open(Path.of("src", "main", "resources", "kennisbank"));
  }

  @AfterAll
  static void close() {
    kb.close();
  }

  private static void print(String set, EvaluationReport report) {
    Metrics m = report.metrics();
    System.out.printf(Locale.ROOT, "%-9s %-14s queries=%d MRR@10=%.3f nDCG@10=%.3f success@1=%.3f success@3=%.3f success@10=%.3f zero=%.3f%n",
        set, report.name(), m.queries(), m.mrr10(), m.ndcg10(), m.success1(), m.success3(), m.success10(), m.zeroResultRate());
  }

  @Test
  void judgments_reach_success_at_3_of_at_least_0_90_and_beat_the_baseline() {
    Judgments judgments = Judgments.read(Path.of("src", "test", "resources", "judgments.tsv"));
    EvaluationReport ours = Evaluator.evaluate(kb, judgments);
    EvaluationReport baseline = Evaluator.evaluateBaseline(kb, judgments);
    print("tuning", ours);
    print("tuning", baseline);

    assertThat(judgments.judgments()).hasSizeGreaterThanOrEqualTo(250);
    assertThat(ours.metrics().success3()).isGreaterThanOrEqualTo(0.90);
    assertThat(ours.metrics().mrr10()).isGreaterThan(baseline.metrics().mrr10() + 0.10);
  }

  @Test
  void while_typing_every_abbreviated_word_is_a_prefix_not_only_the_last() {
    SearchRequest typing = SearchRequest.of("huw aang").withChannel(Channel.AGENT).asYouType(true);

    assertThat(kb.search(typing).ids()).startsWith("huwelijksaangifte");
    assertThat(kb.search(SearchRequest.of("huw aang")).ids()).doesNotContain("huwelijksaangifte");
  }
}
