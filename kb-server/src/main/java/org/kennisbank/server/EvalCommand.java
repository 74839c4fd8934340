package org.kennisbank.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.core.eval.EvaluationReport;
import org.kennisbank.core.eval.Evaluator;
import org.kennisbank.core.eval.Judgments;
import org.kennisbank.core.eval.Metrics;
import org.kennisbank.core.eval.QueryOutcome;

/**
 * {@code ./kb eval --judgments FILE [--content DIR] [--baseline] [--json]}: search quality on
 * relevance judgments, then every query whose first relevant article is not in the top 3.
 */
final class EvalCommand {

  private EvalCommand() {}

  /** The JSON form of a run. */
  record Output(String judgments, String content, int articles, List<Report> reports) {}

  record Report(String name, Metrics metrics, List<QueryOutcome> missesOutsideTop3) {}

  static int run(Main.Options options, PrintStream out) {
    options.expectPositionals(0);
    Path file = Path.of(options.required("judgments"));
    Judgments judgments = Judgments.read(file);
    try (KnowledgeBase kb = Main.open(options.value("content"))) {
      List<EvaluationReport> reports = new ArrayList<>();
      reports.add(Evaluator.evaluate(kb, judgments));
      if (options.flag("baseline")) {
        reports.add(Evaluator.evaluateBaseline(kb, judgments));
      }
      if (options.flag("json")) {
        printJson(out, new Output(file.toString(), kb.origin(), kb.size(),
            reports.stream().map(r -> new Report(r.name(), r.metrics(), r.missesOutside(3))).toList()));
      } else {
        printTable(out, file, kb, reports);
      }
      return 0;
    }
  }

  private static void printJson(PrintStream out, Output output) {
    try {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(output));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void printTable(PrintStream out, Path file, KnowledgeBase kb, List<EvaluationReport> reports) {
    out.printf("Judgments: %s (%d queries) on %s (%d articles)%n%n", file, reports.get(0).metrics().queries(), kb.origin(), kb.size());
    out.printf("%-15s %7s %8s %10s %10s %11s %13s%n", "ranking", "MRR@10", "nDCG@10", "success@1", "success@3", "success@10", "zero-results");
    for (EvaluationReport report : reports) {
      Metrics m = report.metrics();
      out.printf(Locale.ROOT, "%-15s %7.3f %8.3f %10.3f %10.3f %11.3f %13.3f%n", report.name(), m.mrr10(), m.ndcg10(), m.success1(), m.success3(), m.success10(), m.zeroResultRate());
    }
    EvaluationReport ours = reports.get(0);
    List<QueryOutcome> misses = ours.missesOutside(3);
    out.printf("%n%d queries whose first relevant article is not in the top 3 (%s):%n", misses.size(), ours.name());
    for (QueryOutcome miss : misses) {
      out.printf("  %-7s %-45s want %s; got %s%n", miss.rank() == 0 ? "-" : "rank " + miss.rank(), "\"" + miss.query() + "\"",
          String.join(",", miss.relevant()), miss.top().isEmpty() ? "nothing" : String.join(", ", miss.top().subList(0, Math.min(3, miss.top().size()))));
    }
  }
}
