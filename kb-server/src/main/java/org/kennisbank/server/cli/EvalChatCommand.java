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
import org.kennisbank.server.chat.ChatConfig;
import org.kennisbank.server.chat.ChatDecision;
import org.kennisbank.server.chat.ChatEvaluation;
import org.kennisbank.server.chat.ChatJudgments;
import org.kennisbank.server.chat.ChatReason;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./kb eval-chat --judgments Q.tsv --handover H.tsv [--json] [--content DIR] [--threshold T]}:
 * how the chatbot does on answerable questions and must-hand-over messages at the configured
 * threshold, the wrong answers, and precision against answer rate over a range of thresholds.
 */
@Command(name = "eval-chat", sortOptions = false, sortSynopsis = false,
    description = "Measure the chatbot's answers and handovers on judgments.")
final class EvalChatCommand implements Callable<Integer> {

  /** The thresholds of the table: 0.30 to 0.90 in steps of 0.05. */
  static final List<Double> THRESHOLDS = thresholds();

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Option(names = "--judgments", paramLabel = "FILE", required = true, order = 0,
      description = "answerable questions: question<TAB>id[,id...]<TAB>flags (helplines)")
  Path judgmentsFile;

  @Option(names = "--handover", paramLabel = "FILE", required = true, order = 1,
      description = "messages that must be handed over: message<TAB>reason")
  Path handoverFile;

  @Mixin ContentOption content;

  @Option(names = "--threshold", paramLabel = "T", order = 3,
      description = "the confidence from which the bot answers (default: the configured ${DEFAULT-VALUE})")
  double threshold = ChatConfig.DEFAULT_THRESHOLD;

  @Option(names = "--json", order = 4, description = "print the figures as JSON")
  boolean json;

  /** The JSON form of a run. */
  record Output(String judgments, String handover, String content, double threshold, ChatEvaluation.Counts counts,
      List<String> wrongAnswers, List<String> handedOverAnswerable, List<String> wrongHandoverReasons,
      List<ChatEvaluation.Counts> thresholds, List<Decision> decisions) {}

  /** One message as decided with threshold 0: what a calibration needs. */
  record Decision(String message, String expected, String reason, String given, boolean right, double confidence,
      double coverage, double margin, double score, int contentWords) {}

  @Override
  public Integer call() {
    Path questionsPath = ContentOption.existingFile(spec, "--judgments", judgmentsFile);
    Path handoverPath = ContentOption.existingFile(spec, "--handover", handoverFile);
    PrintWriter out = spec.commandLine().getOut();
    List<ChatJudgments.Answerable> questions = ChatJudgments.answerable(questionsPath);
    List<ChatJudgments.Handover> handovers = ChatJudgments.handover(handoverPath);
    try (KnowledgeBase kb = content.open()) {
      ChatEvaluation evaluation = ChatEvaluation.run(kb, questions, handovers);
      Output output = new Output(questionsPath.toString(), handoverPath.toString(), kb.origin(), threshold,
          evaluation.at(threshold), evaluation.wrongAnswers(threshold), handedOverAnswerable(evaluation),
          wrongReasons(evaluation), THRESHOLDS.stream().map(evaluation::at).toList(), decisions(evaluation));
      if (json) {
        printJson(out, output);
      } else {
        printText(out, output);
      }
      return 0;
    }
  }

  private List<String> handedOverAnswerable(ChatEvaluation evaluation) {
    List<String> lines = new ArrayList<>();
    for (ChatEvaluation.QuestionResult result : evaluation.questions()) {
      boolean answered = result.decision().reason() == ChatReason.ANSWERED && result.decision().confidence() >= threshold;
      if (!answered) {
        lines.add(String.format(Locale.ROOT, "\"%s\" %s (%.2f, best %s); acceptable %s", result.judgment().question(),
            result.decision().reason() == ChatReason.ANSWERED ? "below threshold" : result.decision().reason().id(),
            result.decision().confidence(), result.decision().signals().best().orElse("-"),
            String.join(",", result.judgment().acceptable())));
      }
    }
    return lines;
  }

  private static List<Decision> decisions(ChatEvaluation evaluation) {
    List<Decision> decisions = new ArrayList<>();
    for (ChatEvaluation.QuestionResult r : evaluation.questions()) {
      decisions.add(decision(r.judgment().question(), String.join(",", r.judgment().acceptable()), r.decision(), r.right()));
    }
    for (ChatEvaluation.HandoverResult r : evaluation.handovers()) {
      decisions.add(decision(r.judgment().message(), r.judgment().reason().id(), r.decision(), false));
    }
    return decisions;
  }

  private static Decision decision(String message, String expected, ChatDecision d, boolean right) {
    ChatDecision.Signals s = d.signals();
    return new Decision(message, expected, d.reason().id(), s.best().orElse(""), right, d.confidence(), s.coverage(),
        s.margin(), s.score(), s.contentWords());
  }

  private List<String> wrongReasons(ChatEvaluation evaluation) {
    List<String> lines = new ArrayList<>();
    for (ChatEvaluation.HandoverResult result : evaluation.handovers()) {
      ChatReason given = result.reasonAt(threshold);
      if (given != ChatReason.ANSWERED && given != result.judgment().reason()) {
        lines.add(String.format(Locale.ROOT, "\"%s\" %s; must be %s", result.judgment().message(), given.id(),
            result.judgment().reason().id()));
      }
    }
    return lines;
  }

  private static void printText(PrintWriter out, Output o) {
    ChatEvaluation.Counts c = o.counts();
    out.printf(Locale.ROOT, "Chat judgments: %s (%d questions), %s (%d messages) on %s; threshold %.2f%n%n",
        o.judgments(), c.answerable(), o.handover(), c.mustHandOver(), o.content(), o.threshold());
    out.printf(Locale.ROOT, "answerable questions       %4d%n", c.answerable());
    out.printf(Locale.ROOT, "  answered and right       %4d%n", c.answeredRight());
    out.printf(Locale.ROOT, "  answered and wrong       %4d%n", c.answeredWrong());
    out.printf(Locale.ROOT, "  handed over (answerable) %4d%n", c.handedOverAnswerable());
    out.printf(Locale.ROOT, "  help lines given         %4d of %d that need them%n", c.helpLinesGiven(), c.helpLinesNeeded());
    out.printf(Locale.ROOT, "must-hand-over messages    %4d%n", c.mustHandOver());
    out.printf(Locale.ROOT, "  handed over correctly    %4d (right reason)%n", c.handedOverRightReason());
    out.printf(Locale.ROOT, "  handed over, other reason%4d%n", c.handedOverOtherReason());
    out.printf(Locale.ROOT, "  answered                 %4d%n", c.answeredMustHandOver());
    out.printf(Locale.ROOT, "  emergencies with help lines %d of %d%n%n", c.emergenciesWithHelpLines(), c.emergencies());
    out.printf(Locale.ROOT, "precision (answers acceptable) %.3f, answer rate %.3f, handover with right reason %.3f%n",
        c.precision(), c.answerRate(), c.handoverRightReasonRate());
    section(out, "wrong answers (what was given)", o.wrongAnswers());
    section(out, "answerable but handed over", o.handedOverAnswerable());
    section(out, "handed over with another reason", o.wrongHandoverReasons());
    out.printf("%nthreshold  precision  answer-rate  right-reason  wrong-answers%n");
    for (ChatEvaluation.Counts t : o.thresholds()) {
      out.printf(Locale.ROOT, "%9.2f  %9.3f  %11.3f  %12.3f  %13d%n", t.threshold(), t.precision(), t.answerRate(),
          t.handoverRightReasonRate(), t.answeredWrong() + t.answeredMustHandOver());
    }
  }

  private static void section(PrintWriter out, String title, List<String> lines) {
    out.printf("%n%d %s:%n", lines.size(), title);
    lines.forEach(line -> out.println("  " + line));
  }

  private static void printJson(PrintWriter out, Output output) {
    try {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(output));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Double> thresholds() {
    List<Double> values = new ArrayList<>();
    for (int i = 6; i <= 18; i++) {
      values.add(i * 0.05);
    }
    return List.copyOf(values);
  }
}
