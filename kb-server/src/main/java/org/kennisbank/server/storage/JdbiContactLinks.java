package org.kennisbank.server.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** {@link ContactLinks} in the {@code contact_link} table. Thread-safe. */
final class JdbiContactLinks implements ContactLinks {

  private static final String COLUMNS = "id, at_ms, channel, article_id, section, account";

  private final Jdbi jdbi;

  JdbiContactLinks(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void add(ContactLink link) {
    jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO contact_link (" + COLUMNS
            + ") VALUES (:id, :at, :channel, :article, :section, :account)")
        .bind("id", link.id())
        .bind("at", link.at().toEpochMilli())
        .bind("channel", link.channel().id())
        .bind("article", link.articleId())
        .bind("section", link.section().orElse(null))
        .bind("account", link.account())
        .execute());
  }

  @Override
  public List<ContactLink> byAccount(String account, int limit) {
    return select("account = :value", account, limit);
  }

  @Override
  public List<ContactLink> byArticle(String articleId, int limit) {
    return select("article_id = :value", articleId, limit);
  }

  private List<ContactLink> select(String condition, String value, int limit) {
    return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM contact_link WHERE " + condition
            + " ORDER BY at_ms DESC, id LIMIT :limit")
        .bind("value", value)
        .bind("limit", limit)
        .map(JdbiContactLinks::row)
        .list());
  }

  private static ContactLink row(ResultSet rs, StatementContext ctx) throws SQLException {
    return new ContactLink(rs.getString("id"), Instant.ofEpochMilli(rs.getLong("at_ms")),
        ContactChannel.fromId(rs.getString("channel")).orElseThrow(), rs.getString("article_id"),
        Optional.ofNullable(rs.getString("section")), rs.getString("account"));
  }
}
