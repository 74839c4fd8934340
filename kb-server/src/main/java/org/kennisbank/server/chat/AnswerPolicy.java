package org.kennisbank.server.chat;

import java.util.List;
import java.util.Optional;
import org.kennisbank.core.AnswerCandidate;
import org.kennisbank.core.AnswerCandidates;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.core.Question;

/**
 * Decides for one message whether the bot answers and with what, without any conversation state:
 * the handover patterns first ({@link MessagePatterns}), then follow-up form ({@link FollowUps}),
 * then the knowledge base's answer candidates and their {@link Confidence} against the threshold.
 * Below the threshold a question of one content word or less is {@code unclear}, a longer one
 * {@code out-of-scope}. Questions about violence at home or suicide carry the help lines, answered
 * or not. Thread-safe.
 */
public final class AnswerPolicy {

  private final KnowledgeBase kb;
  private final double threshold;
  private final MessagePatterns patterns = new MessagePatterns();

  public AnswerPolicy(KnowledgeBase kb, double threshold) {
    this.kb = kb;
    this.threshold = threshold;
  }

  /**
   * @param topic the article the conversation was about, for follow-ups
   * @throws org.kennisbank.core.InvalidRequestException if the message is longer than a question may be
   */
  public ChatDecision decide(String message, Optional<String> topic) {
    MessageText text = MessageText.of(message);
    boolean helpLines = patterns.needsHelpLines(text);
    Optional<ChatReason> handover = patterns.handover(text);
    if (handover.isPresent()) {
      return handover(handover.get(), handover.get() == ChatReason.EMERGENCY || helpLines, ChatDecision.Signals.NONE, 0);
    }
    boolean followUp = FollowUps.isFollowUp(text) && topic.isPresent();
    if (FollowUps.isFollowUp(text) && topic.isEmpty()) {
      return handover(ChatReason.UNCLEAR, helpLines, ChatDecision.Signals.NONE, 0);
    }
    Question question = followUp ? Question.of(message).about(topic.get()) : Question.of(message);
    AnswerCandidates candidates = kb.answer(question);
    double confidence = Confidence.of(candidates);
    Optional<AnswerCandidate> best = candidates.best();
    ChatDecision.Signals signals = new ChatDecision.Signals(best.map(AnswerCandidate::coverage).orElse(0.0),
        candidates.margin(), best.map(AnswerCandidate::articleScore).orElse(0f), candidates.contentWords().size(),
        candidates.followUp(), best.map(AnswerCandidate::articleId));
    List<AnswerCandidate> others = candidates.candidates().stream().skip(1).limit(3).toList();
    if (best.isEmpty() || candidates.contentWords().isEmpty()) {
      return handover(ChatReason.UNCLEAR, helpLines, signals, confidence);
    }
    if (confidence < threshold) {
      ChatReason reason = candidates.contentWords().size() <= 1 ? ChatReason.UNCLEAR : ChatReason.OUT_OF_SCOPE;
      return new ChatDecision(reason, confidence, Optional.empty(), candidates.candidates().stream().limit(3).toList(),
          helpLines, signals);
    }
    return new ChatDecision(ChatReason.ANSWERED, confidence, best, others, helpLines, signals);
  }

  private static ChatDecision handover(ChatReason reason, boolean helpLines, ChatDecision.Signals signals, double confidence) {
    return new ChatDecision(reason, confidence, Optional.empty(), List.of(), helpLines, signals);
  }
}
