package org.kennisbank.server.agent;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.kennisbank.server.storage.FeedbackItem;
import org.kennisbank.server.storage.FeedbackKind;
import org.kennisbank.server.storage.Message;

/** The JSON shapes of the desktop's write endpoints; absent optional fields are {@code null}. */
final class DeskJson {

  private DeskJson() {}

  record Created(String id, Instant at) {}

  record Queued(String id, String status) {}

  /** {@code remark} is the remark of feedback and the note of a missing-article report; {@code note} repeats it for those. */
  record QueueItem(String id, String type, String articleId, String section, String kind, String query, String remark,
      String note, String status, Instant createdAt, Instant updatedAt) {
    static QueueItem of(FeedbackItem item) {
      boolean missing = item.query().isPresent();
      return new QueueItem(item.id(), item.type().id(), item.articleId().orElse(null), item.section().orElse(null),
          item.kind().map(FeedbackKind::id).orElse(null), item.query().orElse(null), item.remark(),
          missing ? item.remark() : null, item.status().id(), item.createdAt(), item.updatedAt());
    }
  }

  record Items<T>(List<T> items) {}

  record MessageView(String id, String title, String body, boolean important, Instant publishFrom, Instant publishUntil,
      boolean read) {
    static MessageView of(Message message, Set<String> read) {
      return new MessageView(message.id(), message.title(), message.body(), message.important(), message.publishFrom(),
          message.publishUntil().orElse(null), read.contains(message.id()));
    }
  }
}
