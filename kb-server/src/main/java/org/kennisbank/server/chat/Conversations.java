package org.kennisbank.server.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The conversations the bot remembers, in memory: for each id issued by the server, the article
 * the last answer came from, so that a follow-up can be answered against it. Bounded by count
 * (least recently used first out) and by idle time; ids are 128 random bits, URL-safe, and
 * only ever issued here, so a client cannot choose or guess another resident's conversation. An
 * unknown or expired id starts a new conversation with a new id. Thread-safe.
 */
final class Conversations {

  /** What is remembered of a conversation: the topic of its last answer, if any. */
  record State(Optional<String> topic) {
    static final State NEW = new State(Optional.empty());
  }

  private final SecureRandom random = new SecureRandom();
  private final Cache<String, State> states;

  Conversations(ChatConfig config, Ticker ticker) {
    this.states = Caffeine.newBuilder()
        .maximumSize(config.maxConversations())
        .expireAfterAccess(config.idle())
        .ticker(ticker)
        .executor(Runnable::run)
        .build();
  }

  /** The conversation with this id, or a new one with a new id when it is unknown or expired. */
  Conversation open(Optional<String> id) {
    Optional<State> known = id.map(states::getIfPresent);
    if (known.isPresent()) {
      return new Conversation(id.get(), known.get());
    }
    return new Conversation(newId(), State.NEW);
  }

  void remember(String id, State state) {
    states.put(id, state);
  }

  long size() {
    states.cleanUp();
    return states.estimatedSize();
  }

  private String newId() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  record Conversation(String id, State state) {}
}
