package org.kennisbank.server.chat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kennisbank.core.AnswerCandidate;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.server.http.Urls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chatbot: one message in, one {@link ChatReply} out. Keeps the conversation's topic for
 * follow-ups ({@link Conversations}), decides with {@link AnswerPolicy}, shortens the passage to a
 * few sentences, and hands every outcome to the {@link ChatOutcomeSink}. Independent of HTTP, so
 * that the widget's room, tests and {@code ./kb eval-chat} use the same bot. Thread-safe.
 */
public final class ChatService {

  private static final Logger LOG = LoggerFactory.getLogger(ChatService.class);

  private final AnswerPolicy policy;
  private final Conversations conversations;
  private final ChatOutcomeSink sink;
  private final Clock clock;

  public ChatService(KnowledgeBase kb, ChatConfig config) {
    this(kb, config, ChatOutcomeSink.NONE, Ticker.systemTicker(), Clock.systemUTC());
  }

  /** With the sink outcomes go to, and the ticker for conversation expiry (tests pass a fake one). */
  public ChatService(KnowledgeBase kb, ChatConfig config, ChatOutcomeSink sink, Ticker ticker, Clock clock) {
    Objects.requireNonNull(kb, "kb");
    Objects.requireNonNull(config, "config");
    this.policy = new AnswerPolicy(kb, config.threshold());
    this.conversations = new Conversations(config, ticker);
    this.sink = Objects.requireNonNull(sink, "sink");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Answers {@code question} in the conversation {@code conversationId} (a new one when empty or unknown). */
  public ChatReply answer(String question, Optional<String> conversationId) {
    Conversations.Conversation conversation = conversations.open(conversationId);
    ChatDecision decision = policy.decide(question, conversation.state().topic());
    ChatReply reply = reply(conversation.id(), decision);
    Optional<String> topic = decision.answer().map(AnswerCandidate::articleId).or(() -> conversation.state().topic());
    conversations.remember(conversation.id(), new Conversations.State(topic));
    try {
      sink.record(new ChatOutcome(clock.instant(), question, reply, decision.signals()));
    } catch (RuntimeException e) {
      LOG.warn("chat outcome sink failed; the reply is sent anyway", e);
    }
    return reply;
  }

  /** How many conversations are remembered now. */
  public long conversations() {
    return conversations.size();
  }

  private static ChatReply reply(String conversationId, ChatDecision decision) {
    double confidence = Math.round(decision.confidence() * 1000) / 1000.0;
    List<ChatReply.Alternative> alternatives = decision.reason() == ChatReason.EMERGENCY ? List.of()
        : decision.alternatives().stream()
            .map(c -> new ChatReply.Alternative(c.articleId(), c.title(), Urls.article(c.articleId()))).toList();
    List<HelpLine> helpLines = decision.helpLines() ? HelpLine.ALL : List.of();
    if (decision.answer().isEmpty()) {
      return new ChatReply(conversationId, true, decision.reason().id(), confidence, null, null, null, null,
          HandoverTexts.of(decision.reason()), alternatives, helpLines);
    }
    AnswerCandidate answer = decision.answer().get();
    return new ChatReply(conversationId, false, ChatReason.ANSWERED.id(), confidence, answer.articleId(), answer.title(),
        Urls.article(answer.articleId()), answer.section(), Sentences.first(answer.text()), alternatives, helpLines);
  }
}
