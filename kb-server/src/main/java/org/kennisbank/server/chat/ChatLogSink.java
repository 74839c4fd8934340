package org.kennisbank.server.chat;

import java.util.Objects;
import java.util.Optional;
import org.kennisbank.server.privacy.PersonalData;
import org.kennisbank.server.storage.ChatLog;
import org.kennisbank.server.storage.ChatLogEntry;
import org.kennisbank.server.storage.Ids;
import org.kennisbank.server.storage.Limits;

/**
 * Writes every chat outcome to the {@link ChatLog}, with personal data removed from the question
 * first ({@link PersonalData#scrub}): the raw question is never stored. A storage failure is
 * thrown to {@link ChatService}, which logs it and sends the reply anyway. Thread-safe.
 */
public final class ChatLogSink implements ChatOutcomeSink {

  private final ChatLog log;

  public ChatLogSink(ChatLog log) {
    this.log = Objects.requireNonNull(log, "log");
  }

  @Override
  public void record(ChatOutcome outcome) {
    log.add(entry(outcome));
  }

  static ChatLogEntry entry(ChatOutcome outcome) {
    ChatReply reply = outcome.reply();
    String question = PersonalData.scrub(outcome.question().strip());
    if (question.length() > Limits.LOGGED_QUESTION) {
      question = question.substring(0, Limits.LOGGED_QUESTION);
    }
    return new ChatLogEntry(Ids.newId(), outcome.time(), reply.conversationId(), question, reply.reason(), reply.handover(),
        reply.confidence(), Optional.ofNullable(reply.articleId()), Optional.ofNullable(reply.section()));
  }
}
