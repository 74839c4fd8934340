package org.kennisbank.server.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Work instructions and news, and who read which. Implementations are thread-safe; a write returns after it is committed. */
public interface Messages {

  void add(Message message);

  Optional<Message> find(String id);

  /** The messages shown at {@code now}: important first, then the newest publication first. */
  List<Message> current(Instant now);

  /** Marks the message read by the account; marking it again changes nothing. */
  void markRead(String messageId, String account, Instant at);

  /** The ids of the messages the account has read. */
  Set<String> readBy(String account);
}
