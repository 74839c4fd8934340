package org.kennisbank.server.storage;

import java.util.List;

/**
 * The chatbot's questions and outcomes, for analytics. It stores what it is given: personal data
 * must be removed before {@link #add}. Implementations are thread-safe; a write returns after it
 * is committed.
 */
public interface ChatLog {

  void add(ChatLogEntry entry);

  /** The newest entries, newest first, at most {@code limit}. */
  List<ChatLogEntry> newest(int limit);
}
