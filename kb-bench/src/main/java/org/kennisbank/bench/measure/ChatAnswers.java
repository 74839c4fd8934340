package org.kennisbank.bench.measure;

import java.util.List;
import org.kennisbank.core.KnowledgeBase;

/**
 * The hook for the chat answer figure. The chat API (kb-core passages, kb-server {@code chat}) is
 * built on another branch; until it is merged there is nothing to time and the bench prints "n/a".
 * When it is: time one answer per question here, exactly as {@link InProcessBench#time} does for
 * search, e.g. {@code kb.answer(question)}, and return {@code Latency.of(millis)}.
 */
final class ChatAnswers {

  private ChatAnswers() {}

  static Latency measure(KnowledgeBase kb, List<String> questions) {
    return Latency.NONE;
  }
}
