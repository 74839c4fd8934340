package org.kennisbank.server.storage;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of the editors' queue: feedback on an article (with article, optional section and
 * kind) or a missing-article report (with the query that failed). {@code remark} is the agent's
 * remark or note, possibly empty. Status changes record when and by whom.
 */
public record FeedbackItem(String id, FeedbackType type, Instant createdAt, String account, Optional<String> articleId,
    Optional<String> section, Optional<FeedbackKind> kind, Optional<String> query, String remark,
    FeedbackStatus status, Instant updatedAt, String updatedBy) {

  public FeedbackItem {
    Ids.require(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(createdAt, "createdAt");
    Limits.requireText(account, "account", Limits.ACCOUNT);
    Objects.requireNonNull(remark, "remark");
    if (remark.length() > Limits.REMARK) {
      throw new IllegalArgumentException("remark must be at most " + Limits.REMARK + " characters; got " + remark.length());
    }
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Limits.requireText(updatedBy, "updatedBy", Limits.ACCOUNT);
    articleId.ifPresent(value -> Limits.requireText(value, "articleId", Limits.ARTICLE_ID));
    section.ifPresent(value -> Limits.requireText(value, "section", Limits.SECTION));
    query.ifPresent(value -> Limits.requireText(value, "query", Limits.QUERY));
    if (type == FeedbackType.FEEDBACK && (articleId.isEmpty() || kind.isEmpty() || query.isPresent())) {
      throw new IllegalArgumentException("feedback needs an article and a kind, and has no query");
    }
    if (type == FeedbackType.MISSING && (query.isEmpty() || articleId.isPresent() || section.isPresent() || kind.isPresent())) {
      throw new IllegalArgumentException("a missing-article report needs a query, and has no article, section or kind");
    }
  }

  /** New feedback on an article, status {@code new}. */
  public static FeedbackItem feedback(Instant at, String account, String articleId, Optional<String> section,
      FeedbackKind kind, String remark) {
    return new FeedbackItem(Ids.newId(), FeedbackType.FEEDBACK, at, account, Optional.of(articleId), section,
        Optional.of(kind), Optional.empty(), remark, FeedbackStatus.NEW, at, account);
  }

  /** A new report that no article answers {@code query}, status {@code new}. */
  public static FeedbackItem missing(Instant at, String account, String query, String note) {
    return new FeedbackItem(Ids.newId(), FeedbackType.MISSING, at, account, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.of(query), note, FeedbackStatus.NEW, at, account);
  }

  public FeedbackItem withStatus(FeedbackStatus newStatus, Instant at, String by) {
    return new FeedbackItem(id, type, createdAt, account, articleId, section, kind, query, remark, newStatus, at, by);
  }
}
