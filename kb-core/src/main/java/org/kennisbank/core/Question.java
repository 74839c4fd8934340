package org.kennisbank.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A resident's question to {@link KnowledgeBase#answer(Question)}, as typed in a chat.
 *
 * @param text the question; at most {@value SearchRequest#MAX_QUERY_LENGTH} characters, never
 *     parsed as query syntax
 * @param topic the article a conversation was about, for a follow-up ("en wat kost dat?"): it is
 *     searched together with the question and ranked first when it still answers; empty for a new
 *     question
 */
public record Question(String text, Optional<String> topic) {

  public Question {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(topic, "topic");
    if (text.length() > SearchRequest.MAX_QUERY_LENGTH) {
      throw new InvalidRequestException(
          "question must be at most " + SearchRequest.MAX_QUERY_LENGTH + " characters; got: " + text.length());
    }
  }

  /** A new question without a previous topic. */
  public static Question of(String text) {
    return new Question(text, Optional.empty());
  }

  /** The same question as a follow-up on the article {@code articleId}. */
  public Question about(String articleId) {
    return new Question(text, Optional.of(articleId));
  }
}
