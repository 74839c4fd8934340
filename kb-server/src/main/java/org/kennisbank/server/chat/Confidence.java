package org.kennisbank.server.chat;

import org.kennisbank.core.AnswerCandidate;
import org.kennisbank.core.AnswerCandidates;

/**
 * How sure the bot is that the best article answers, in [0, 1], from three signals it can explain
 * (docs/chat.md):
 *
 * <ul>
 *   <li><b>coverage</b>: the share of the question's content words the article contains (or a
 *       synonym of them); an answer that lacks half of what was asked is a guess;
 *   <li><b>margin</b>: how far the best article's score is ahead of the second's; a near tie means
 *       the question fits several articles;
 *   <li><b>strength</b>: the best score itself, saturating ({@code score / (score + }{@value #HALF_SCORE}{@code )}):
 *       a question that matches only weakly anywhere is likely outside the content.
 * </ul>
 *
 * The weights were chosen on the tuning judgments (chat-questions.tsv, chat-handover.tsv) and
 * checked on the held-out files (docs/chat.md, "Calibration"): margin and strength weigh half each;
 * coverage, measured beside them, added nothing on the tuning set once the other two were in, so
 * it weighs 0 and is reported as a signal only. A follow-up answered against its topic, and an
 * article whose whole title the question names, have margin 1: the conversation or the question
 * itself, not a competition between scores, chose them. Stateless.
 */
final class Confidence {

  static final double COVERAGE_WEIGHT = 0;
  static final double MARGIN_WEIGHT = 0.5;
  static final double STRENGTH_WEIGHT = 0.5;
  /** The article score at which strength is one half. */
  static final double HALF_SCORE = 20;

  private Confidence() {}

  static double of(AnswerCandidates candidates) {
    if (candidates.best().isEmpty()) {
      return 0;
    }
    AnswerCandidate best = candidates.best().get();
    double strength = best.articleScore() / (best.articleScore() + HALF_SCORE);
    double margin = candidates.followUp() || best.titleNamed() ? 1 : candidates.margin();
    double value = COVERAGE_WEIGHT * best.coverage() + MARGIN_WEIGHT * margin + STRENGTH_WEIGHT * strength;
    return Math.max(0, Math.min(1, value));
  }
}
