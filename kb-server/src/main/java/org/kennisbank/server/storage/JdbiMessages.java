package org.kennisbank.server.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** {@link Messages} in the {@code message} and {@code message_read} tables. Thread-safe. */
final class JdbiMessages implements Messages {

  private static final String COLUMNS = "id, title, body, important, publish_from_ms, publish_until_ms, created_by, created_ms";

  private final Jdbi jdbi;

  JdbiMessages(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void add(Message message) {
    jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO message (" + COLUMNS
            + ") VALUES (:id, :title, :body, :important, :from, :until, :by, :created)")
        .bind("id", message.id())
        .bind("title", message.title())
        .bind("body", message.body())
        .bind("important", message.important() ? 1 : 0)
        .bind("from", message.publishFrom().toEpochMilli())
        .bind("until", message.publishUntil().map(Instant::toEpochMilli).orElse(null))
        .bind("by", message.createdBy())
        .bind("created", message.createdAt().toEpochMilli())
        .execute());
  }

  @Override
  public Optional<Message> find(String id) {
    return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM message WHERE id = :id")
        .bind("id", id)
        .map(JdbiMessages::row)
        .findOne());
  }

  @Override
  public List<Message> current(Instant now) {
    return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM message"
            + " WHERE publish_from_ms <= :now AND (publish_until_ms IS NULL OR publish_until_ms > :now)"
            + " ORDER BY important DESC, publish_from_ms DESC, created_ms DESC, id")
        .bind("now", now.toEpochMilli())
        .map(JdbiMessages::row)
        .list());
  }

  @Override
  public void markRead(String messageId, String account, Instant at) {
    jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO message_read (message_id, account, read_ms)"
            + " VALUES (:id, :account, :at) ON CONFLICT (message_id, account) DO NOTHING")
        .bind("id", messageId)
        .bind("account", account)
        .bind("at", at.toEpochMilli())
        .execute());
  }

  @Override
  public Set<String> readBy(String account) {
    return jdbi.withHandle(handle -> new HashSet<>(handle.createQuery(
            "SELECT message_id FROM message_read WHERE account = :account")
        .bind("account", account)
        .mapTo(String.class)
        .list()));
  }

  private static Message row(ResultSet rs, StatementContext ctx) throws SQLException {
    long until = rs.getLong("publish_until_ms");
    Optional<Instant> publishUntil = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(until));
    return new Message(rs.getString("id"), rs.getString("title"), rs.getString("body"), rs.getInt("important") != 0,
        Instant.ofEpochMilli(rs.getLong("publish_from_ms")), publishUntil, rs.getString("created_by"),
        Instant.ofEpochMilli(rs.getLong("created_ms")));
  }
}
