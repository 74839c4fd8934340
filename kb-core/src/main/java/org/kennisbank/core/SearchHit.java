package org.kennisbank.core;

import java.util.List;
import java.util.Objects;

/**
 * One article in a result list.
 *
 * @param snippet a short passage with the matched words marked as {@code <mark>word</mark>}; all
 *     other text is HTML-escaped. From public text only, also on the agent channel.
 * @param internalSnippet on the agent channel, the best passage from the internal part when the
 *     query matched there; empty otherwise
 * @param bestBet whether an editor pinned this article to the query
 */
public record SearchHit(
    String id,
    ArticleType type,
    String title,
    String summary,
    List<String> themes,
    String snippet,
    String internalSnippet,
    float score,
    boolean bestBet) {

  public SearchHit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(summary, "summary");
    themes = List.copyOf(themes);
    Objects.requireNonNull(snippet, "snippet");
    Objects.requireNonNull(internalSnippet, "internalSnippet");
  }
}
