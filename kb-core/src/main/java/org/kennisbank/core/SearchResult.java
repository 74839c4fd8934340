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
 */
public record SearchResult(
    String query,
    long total,
    List<SearchHit> hits,
    Facets facets,
    Optional<String> didYouMean,
    boolean relaxed) {

  public SearchResult {
    Objects.requireNonNull(query, "query");
    hits = List.copyOf(hits);
    Objects.requireNonNull(facets, "facets");
    Objects.requireNonNull(didYouMean, "didYouMean");
  }

  /** The ids of the hits on this page, in order. */
  public List<String> ids() {
    return hits.stream().map(SearchHit::id).toList();
  }
}
