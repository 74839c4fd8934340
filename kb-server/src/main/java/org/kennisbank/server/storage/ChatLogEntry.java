package org.kennisbank.server.storage;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the chat log: a question with personal data already removed, and the outcome.
 *
 * @param question the resident's message after {@code PersonalData.scrub}; the record cannot tell
 *     and does not check, so the caller scrubs (the chat package's {@code ChatLogSink} does)
 * @param reason the reply's reason ({@code answered}, {@code greeting}, ...)
 * @param articleId the article answered with; empty on a handover
 * @param section the heading of the passage answered with
 */
public record ChatLogEntry(String id, Instant at, String conversationId, String question, String reason,
    boolean handover, double confidence, Optional<String> articleId, Optional<String> section) {

  public ChatLogEntry {
    Ids.require(id, "id");
    Objects.requireNonNull(at, "at");
    Limits.requireText(conversationId, "conversationId", Limits.CONVERSATION_ID);
    Limits.requireText(question, "question", Limits.LOGGED_QUESTION);
    Limits.requireText(reason, "reason", Limits.REASON);
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be between 0 and 1; got: " + confidence);
    }
    Objects.requireNonNull(articleId, "articleId");
    articleId.ifPresent(value -> Limits.requireText(value, "articleId", Limits.ARTICLE_ID));
    Objects.requireNonNull(section, "section");
    section.ifPresent(value -> Limits.requireText(value, "section", Limits.SECTION));
  }
}
