package org.kennisbank.server.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** {@link FeedbackQueue} in the {@code feedback} table, feedback and missing-article reports together. Thread-safe. */
final class JdbiFeedbackQueue implements FeedbackQueue {

  private static final String COLUMNS = "id, item_type, created_ms, account, article_id, section, kind, failed_query, "
      + "remark, status, updated_ms, updated_by";

  private final Jdbi jdbi;

  JdbiFeedbackQueue(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void add(FeedbackItem item) {
    jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO feedback (" + COLUMNS + ") VALUES (:id, :type, :created, "
            + ":account, :article, :section, :kind, :query, :remark, :status, :updated, :updatedBy)")
        .bind("id", item.id())
        .bind("type", item.type().id())
        .bind("created", item.createdAt().toEpochMilli())
        .bind("account", item.account())
        .bind("article", item.articleId().orElse(null))
        .bind("section", item.section().orElse(null))
        .bind("kind", item.kind().map(FeedbackKind::id).orElse(null))
        .bind("query", item.query().orElse(null))
        .bind("remark", item.remark())
        .bind("status", item.status().id())
        .bind("updated", item.updatedAt().toEpochMilli())
        .bind("updatedBy", item.updatedBy())
        .execute());
  }

  @Override
  public Optional<FeedbackItem> find(String id) {
    return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM feedback WHERE id = :id")
        .bind("id", id)
        .map(JdbiFeedbackQueue::row)
        .findOne());
  }

  @Override
  public List<FeedbackItem> byAccount(String account, int limit) {
    return select("account = :value ORDER BY created_ms DESC", account, limit);
  }

  @Override
  public List<FeedbackItem> byStatus(FeedbackStatus status, int limit) {
    return select("status = :value ORDER BY created_ms", status.id(), limit);
  }

  private List<FeedbackItem> select(String conditionAndOrder, String value, int limit) {
    return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM feedback WHERE " + conditionAndOrder
            + ", id LIMIT :limit")
        .bind("value", value)
        .bind("limit", limit)
        .map(JdbiFeedbackQueue::row)
        .list());
  }

  @Override
  public Optional<FeedbackItem> changeStatus(String id, FeedbackStatus status, Instant at, String by) {
    return jdbi.inTransaction(handle -> {
      int changed = handle.createUpdate("UPDATE feedback SET status = :status, updated_ms = :at, updated_by = :by WHERE id = :id")
          .bind("status", status.id())
          .bind("at", at.toEpochMilli())
          .bind("by", by)
          .bind("id", id)
          .execute();
      return changed == 0 ? Optional.<FeedbackItem>empty()
          : handle.createQuery("SELECT " + COLUMNS + " FROM feedback WHERE id = :id").bind("id", id)
              .map(JdbiFeedbackQueue::row).findOne();
    });
  }

  private static FeedbackItem row(ResultSet rs, StatementContext ctx) throws SQLException {
    return new FeedbackItem(rs.getString("id"), FeedbackType.fromId(rs.getString("item_type")),
        Instant.ofEpochMilli(rs.getLong("created_ms")), rs.getString("account"),
        Optional.ofNullable(rs.getString("article_id")), Optional.ofNullable(rs.getString("section")),
        Optional.ofNullable(rs.getString("kind")).map(kind -> FeedbackKind.fromId(kind).orElseThrow()),
        Optional.ofNullable(rs.getString("failed_query")), rs.getString("remark"),
        FeedbackStatus.fromId(rs.getString("status")).orElseThrow(), Instant.ofEpochMilli(rs.getLong("updated_ms")),
        rs.getString("updated_by"));
  }
}
