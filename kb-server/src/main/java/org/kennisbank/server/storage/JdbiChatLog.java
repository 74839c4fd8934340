package org.kennisbank.server.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** {@link ChatLog} in the {@code chat_log} table. Thread-safe. */
final class JdbiChatLog implements ChatLog {

  private static final String COLUMNS = "id, at_ms, conversation_id, question, reason, handover, confidence, article_id, section";

  private final Jdbi jdbi;

  JdbiChatLog(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void add(ChatLogEntry entry) {
    jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO chat_log (" + COLUMNS
            + ") VALUES (:id, :at, :conversation, :question, :reason, :handover, :confidence, :article, :section)")
        .bind("id", entry.id())
        .bind("at", entry.at().toEpochMilli())
        .bind("conversation", entry.conversationId())
        .bind("question", entry.question())
        .bind("reason", entry.reason())
        .bind("handover", entry.handover() ? 1 : 0)
        .bind("confidence", entry.confidence())
        .bind("article", entry.articleId().orElse(null))
        .bind("section", entry.section().orElse(null))
        .execute());
  }

  @Override
  public List<ChatLogEntry> newest(int limit) {
    return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM chat_log ORDER BY at_ms DESC, id LIMIT :limit")
        .bind("limit", limit)
        .map(JdbiChatLog::row)
        .list());
  }

  private static ChatLogEntry row(ResultSet rs, StatementContext ctx) throws SQLException {
    return new ChatLogEntry(rs.getString("id"), Instant.ofEpochMilli(rs.getLong("at_ms")), rs.getString("conversation_id"),
        rs.getString("question"), rs.getString("reason"), rs.getInt("handover") == 1, rs.getDouble("confidence"),
        Optional.ofNullable(rs.getString("article_id")), Optional.ofNullable(rs.getString("section")));
  }
}
