package org.kennisbank.server.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.core.eval.EvaluationReport;
import org.kennisbank.core.eval.Evaluator;
import org.kennisbank.core.eval.Judgments;
import org.kennisbank.core.eval.Metrics;
import org.kennisbank.core.eval.QueryOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./kb eval --judgments FILE [--content DIR] [--baseline] [--json] [--typing]}: search quality on
 * relevance judgments, then every query whose first relevant article is not in the top 3.
 */
@Command(name = "eval", sortOptions = false, sortSynopsis = false,
    description = "Measure search quality on relevance judgments.")
final class EvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Option(names = "--judgments", paramLabel = "FILE", required = true, order = 0,
      description = "the relevance judgments, one query and its relevant article ids per line")
  Path judgmentsFile;

  @Mixin ContentOption content;

  @Option(names = "--baseline", order = 2, description = "also rank with plain Lucene BM25 on the same content")
  boolean baseline;

  @Option(names = "--json", order = 3, description = "print the figures as JSON")
  boolean json;

  @Option(names = "--typing", order = 4,
      description = "search as the agent desktop does while typing: agent channel, abbreviated words as prefixes")
  boolean typing;

  /** The JSON form of a run. */
  record Output(String judgments, String content, int articles, List<Report> reports) {}

  record Report(String name, Metrics metrics, List<QueryOutcome> missesOutsideTop3) {}

  @Override
  public Integer call() {
    Path file = ContentOption.existingFile(spec, "--judgments", judgmentsFile);
    PrintWriter out = spec.commandLine().getOut();
    Judgments judgments = Judgments.read(file);
    try (KnowledgeBase kb = content.open()) {
      List<EvaluationReport> reports = new ArrayList<>();
      reports.add(Evaluator.evaluate(kb, judgments, typing));
      if (baseline) {
        reports.add(Evaluator.evaluateBaseline(kb, judgments));
      }
      if (json) {
        printJson(out, new Output(file.toString(), kb.origin(), kb.size(),
            reports.stream().map(r -> new Report(r.name(), r.metrics(), r.missesOutside(3))).toList()));
      } else {
        printTable(out, file, kb, reports);
      }
      return 0;
    }
  }

  private static void printJson(PrintWriter out, Output output) {
    try {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(output));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void printTable(PrintWriter out, Path file, KnowledgeBase kb, List<EvaluationReport> reports) {
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
