package org.kennisbank.server.chat;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kennisbank.core.AnswerCandidate;

/**
 * What the bot decided for one message, before it becomes a {@link ChatReply}: the reason, the
 * confidence, the passage to answer with (empty on a handover), other articles that may answer,
 * whether the help lines go with it, and the signals behind the confidence.
 */
public record ChatDecision(ChatReason reason, double confidence, Optional<AnswerCandidate> answer,
    List<AnswerCandidate> alternatives, boolean helpLines, Signals signals) {

  /**
   * The retrieval signals (all 0 when a pattern decided before any search).
   *
   * @param coverage share of the question's content words in the best article
   * @param margin how far the best article is ahead of the second (1 minus the score ratio)
   * @param score the best article's score
   * @param contentWords how many content words the question has
   * @param followUp whether it was answered against the conversation's previous topic
   * @param best the best article's id, also when the bot handed over; empty when nothing matched
   */
  public record Signals(double coverage, double margin, double score, int contentWords, boolean followUp,
      Optional<String> best) {
    public static final Signals NONE = new Signals(0, 0, 0, 0, false, Optional.empty());

    public Signals {
      Objects.requireNonNull(best, "best");
    }
  }

  public ChatDecision {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(answer, "answer");
    alternatives = List.copyOf(alternatives);
    Objects.requireNonNull(signals, "signals");
    if (reason == ChatReason.ANSWERED && answer.isEmpty()) {
      throw new IllegalArgumentException("an answered decision needs a passage");
    }
  }

  public boolean handover() {
    return reason != ChatReason.ANSWERED;
  }
}
