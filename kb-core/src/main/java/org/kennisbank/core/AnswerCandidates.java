package org.kennisbank.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link KnowledgeBase#answer(Question)} found: the articles that may answer, best first, each
 * with its best passage, and the signals a caller needs to decide whether to answer at all.
 *
 * @param contentWords the question's words that carry content (function and question words left
 *     out), as typed
 * @param candidates at most {@value #MAX_CANDIDATES}, best article first; empty when nothing matched
 * @param followUp whether the question was answered against its {@link Question#topic()}
 */
public record AnswerCandidates(String question, List<String> contentWords, List<AnswerCandidate> candidates,
    boolean followUp) {

  public static final int MAX_CANDIDATES = 4;

  public AnswerCandidates {
    Objects.requireNonNull(question, "question");
    contentWords = List.copyOf(contentWords);
    candidates = List.copyOf(candidates);
    if (candidates.size() > MAX_CANDIDATES) {
      throw new IllegalArgumentException("at most " + MAX_CANDIDATES + " candidates; got: " + candidates.size());
    }
  }

  /** The best candidate, if any article matched. */
  public Optional<AnswerCandidate> best() {
    return candidates.stream().findFirst();
  }

  /**
   * How far the best article is ahead of the second: 1 minus the ratio of their scores, 1 when
   * only one matched, 0 when nothing did.
   */
  public double margin() {
    if (candidates.isEmpty()) {
      return 0;
    }
    if (candidates.size() == 1 || candidates.get(0).articleScore() <= 0) {
      return 1;
    }
    double ratio = candidates.get(1).articleScore() / candidates.get(0).articleScore();
    return Math.max(0, Math.min(1, 1 - ratio));
  }
}
