package org.kennisbank.server.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kennisbank.core.AnswerCandidate;
import org.kennisbank.core.KnowledgeBase;

/**
 * Measures the bot on its judgments: every message decided once with threshold 0 (so that the
 * confidence of every would-be answer is known), then counted at the chosen threshold and at a
 * range of thresholds. A message the patterns hand over is handed over at any threshold; a
 * would-be answer is given from its confidence on.
 */
public final class ChatEvaluation {

  /** One answerable question and what the bot would do. */
  public record QuestionResult(ChatJudgments.Answerable judgment, ChatDecision decision) {
    public boolean answeredAt(double threshold) {
      return decision.reason() == ChatReason.ANSWERED && decision.confidence() >= threshold;
    }

    public boolean right() {
      return decision.answer().map(a -> judgment.acceptable().contains(a.articleId())).orElse(false);
    }
  }

  /** One must-hand-over message and what the bot would do. */
  public record HandoverResult(ChatJudgments.Handover judgment, ChatDecision decision) {
    public boolean answeredAt(double threshold) {
      return decision.reason() == ChatReason.ANSWERED && decision.confidence() >= threshold;
    }

    public ChatReason reasonAt(double threshold) {
      if (decision.reason() != ChatReason.ANSWERED) {
        return decision.reason();
      }
      if (decision.confidence() >= threshold) {
        return ChatReason.ANSWERED;
      }
      return decision.signals().contentWords() <= 1 ? ChatReason.UNCLEAR : ChatReason.OUT_OF_SCOPE;
    }
  }

  /** The counts at one threshold. */
  public record Counts(double threshold, int answerable, int answeredRight, int answeredWrong, int handedOverAnswerable,
      int mustHandOver, int handedOverRightReason, int handedOverOtherReason, int answeredMustHandOver,
      int helpLinesNeeded, int helpLinesGiven, int emergencies, int emergenciesWithHelpLines) {

    /** Of all answers given (answerable questions and wrongly answered handovers), the share that is right. */
    public double precision() {
      int answered = answeredRight + answeredWrong + answeredMustHandOver;
      return answered == 0 ? 1 : (double) answeredRight / answered;
    }

    public double answerRate() {
      return answerable == 0 ? 0 : (double) (answeredRight + answeredWrong) / answerable;
    }

    public double handoverRightReasonRate() {
      return mustHandOver == 0 ? 1 : (double) handedOverRightReason / mustHandOver;
    }
  }

  private final List<QuestionResult> questions;
  private final List<HandoverResult> handovers;

  private ChatEvaluation(List<QuestionResult> questions, List<HandoverResult> handovers) {
    this.questions = List.copyOf(questions);
    this.handovers = List.copyOf(handovers);
  }

  public static ChatEvaluation run(KnowledgeBase kb, List<ChatJudgments.Answerable> answerable,
      List<ChatJudgments.Handover> handover) {
    AnswerPolicy policy = new AnswerPolicy(kb, 0);
    List<QuestionResult> questions = new ArrayList<>();
    for (ChatJudgments.Answerable judgment : answerable) {
      questions.add(new QuestionResult(judgment, policy.decide(judgment.question(), Optional.empty())));
    }
    List<HandoverResult> handovers = new ArrayList<>();
    for (ChatJudgments.Handover judgment : handover) {
      handovers.add(new HandoverResult(judgment, policy.decide(judgment.message(), Optional.empty())));
    }
    return new ChatEvaluation(questions, handovers);
  }

  public List<QuestionResult> questions() {
    return questions;
  }

  public List<HandoverResult> handovers() {
    return handovers;
  }

  public Counts at(double threshold) {
    int right = 0;
    int wrong = 0;
    int handedOver = 0;
    int helpNeeded = 0;
    int helpGiven = 0;
    for (QuestionResult result : questions) {
      if (result.answeredAt(threshold)) {
        if (result.right()) {
          right++;
        } else {
          wrong++;
        }
      } else {
        handedOver++;
      }
      if (result.judgment().helpLines()) {
        helpNeeded++;
        helpGiven += result.decision().helpLines() ? 1 : 0;
      }
    }
    int rightReason = 0;
    int otherReason = 0;
    int answered = 0;
    int emergencies = 0;
    int emergencyHelp = 0;
    for (HandoverResult result : handovers) {
      ChatReason reason = result.reasonAt(threshold);
      if (reason == ChatReason.ANSWERED) {
        answered++;
      } else if (reason == result.judgment().reason()) {
        rightReason++;
      } else {
        otherReason++;
      }
      if (result.judgment().reason() == ChatReason.EMERGENCY) {
        emergencies++;
        emergencyHelp += result.decision().helpLines() ? 1 : 0;
      }
    }
    return new Counts(threshold, questions.size(), right, wrong, handedOver, handovers.size(), rightReason, otherReason,
        answered, helpNeeded, helpGiven, emergencies, emergencyHelp);
  }

  /** The answers given at {@code threshold} that are not acceptable, handovers answered included. */
  public List<String> wrongAnswers(double threshold) {
    List<String> lines = new ArrayList<>();
    for (QuestionResult result : questions) {
      if (result.answeredAt(threshold) && !result.right()) {
        AnswerCandidate given = result.decision().answer().orElseThrow();
        lines.add(String.format(java.util.Locale.ROOT, "\"%s\" gave %s (%s, %.2f); acceptable %s", result.judgment().question(),
            given.articleId(), given.section(), result.decision().confidence(), String.join(",", result.judgment().acceptable())));
      }
    }
    for (HandoverResult result : handovers) {
      if (result.answeredAt(threshold)) {
        AnswerCandidate given = result.decision().answer().orElseThrow();
        lines.add(String.format(java.util.Locale.ROOT, "\"%s\" gave %s (%s, %.2f); must hand over: %s", result.judgment().message(),
            given.articleId(), given.section(), result.decision().confidence(), result.judgment().reason().id()));
      }
    }
    return lines;
  }
}
