package org.kennisbank.server.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The editors' queue of feedback and missing-article reports. Implementations are thread-safe; a
 * write returns after it is committed.
 */
public interface FeedbackQueue {

  void add(FeedbackItem item);

  Optional<FeedbackItem> find(String id);

  /** What the account sent, newest first, at most {@code limit}. */
  List<FeedbackItem> byAccount(String account, int limit);

  /** The items with this status, oldest first (the order editors work in), at most {@code limit}. */
  List<FeedbackItem> byStatus(FeedbackStatus status, int limit);

  /** Sets the status; empty when no item has this id. */
  Optional<FeedbackItem> changeStatus(String id, FeedbackStatus status, Instant at, String by);
}
