package org.kennisbank.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total how many articles match in all (not only on this page)
 * @param didYouMean a corrected query when the query found nothing or little and the content's own
 *     words suggest a better spelling
 * @param relaxed true when too few articles matched most of the words, so the list goes on with
 *     articles that match some of them (always after the ones that match most)
 * @param partial true when the search ran out of its time budget and skipped steps that only
 *     improve the result (typo tolerance for the remaining words, spelling suggestions, filling
 *     with partial matches): the hits are the best found in time, and a repeated search may find
 *     more (docs/ranking.md, "Query cost bounds")
 */
public record SearchResult(
    String query,
    long total,
    List<SearchHit> hits,
    Facets facets,
    Optional<String> didYouMean,
    boolean relaxed,
    boolean partial) {

  public SearchResult {
    Objects.requireNonNull(query, "query");
    hits = List.copyOf(hits);
    Objects.requireNonNull(facets, "facets");
    Objects.requireNonNull(didYouMean, "didYouMean");
  }

  /** A complete result (not {@link #partial()}); the constructor of the versions before the time budget. */
  public SearchResult(String query, long total, List<SearchHit> hits, Facets facets, Optional<String> didYouMean,
      boolean relaxed) {
    this(query, total, hits, facets, didYouMean, relaxed, false);
  }

  /** The ids of the hits on this page, in order. */
  public List<String> ids() {
    return hits.stream().map(SearchHit::id).toList();
  }
}
