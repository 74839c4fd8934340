package org.kennisbank.server.website;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.kennisbank.core.FacetValue;
import org.kennisbank.core.SearchFilters;
import org.kennisbank.core.SearchRequest;
import org.kennisbank.core.SearchResult;
import org.kennisbank.server.http.Urls;

/**
 * What the search page shows. Every link on it (did-you-mean, refine, remove a filter, other
 * pages) keeps the query and the filters that are active, except what the link itself changes.
 */
public record SearchPage(String query, Optional<Link> didYouMean, boolean relaxed, long total,
    List<Link> activeFilters, List<Link> refinements, List<Hit> hits, List<PageLink> pages) {

  /** At most this many page links; deeper pages are reached by refining the query. */
  static final int MAX_PAGE_LINKS = 20;

  /** One hit: its title, link, summary and the marked passage. */
  public record Hit(String title, String url, String summary, TrustedHtml snippet) {}

  /** A link to a page of results; the current page is shown but not linked. */
  public record PageLink(long number, String url, boolean current) {}

  static SearchPage of(SearchRequest request, SearchResult result) {
    String query = request.query();
    SearchFilters filters = request.filters();
    List<Hit> hits = result.hits().stream()
        .map(hit -> new Hit(hit.title(), Urls.article(hit.id()), hit.summary(), TrustedHtml.snippet(hit)))
        .toList();
    long pageCount = (result.total() + request.size() - 1) / request.size();
    List<PageLink> pages = pageCount < 2 ? List.of() : LongStream.rangeClosed(1, Math.min(pageCount, MAX_PAGE_LINKS))
        .mapToObj(page -> new PageLink(page, Urls.search(query, filters, (int) page), page == request.page()))
        .toList();
    return new SearchPage(query,
        result.didYouMean().map(suggestion -> new Link(suggestion, Urls.search(suggestion, filters, 1))),
        result.relaxed(), result.total(), activeFilters(query, filters), refinements(query, filters, result),
        hits, pages);
  }

  private static List<Link> activeFilters(String query, SearchFilters filters) {
    List<Link> links = new ArrayList<>();
    for (ActiveFilter filter : ActiveFilter.of(filters)) {
      links.add(new Link(filter.label(), Urls.search(query, filter.without(), 1)));
    }
    return links;
  }

  /** Theme and type values that would narrow the result, with their labels and counts. */
  private static List<Link> refinements(String query, SearchFilters filters, SearchResult result) {
    List<Link> links = new ArrayList<>();
    if (filters.themes().isEmpty() && result.facets().themes().size() > 1) {
      for (FacetValue theme : result.facets().themes()) {
        links.add(new Link(theme.label() + " (" + theme.count() + ")",
            Urls.search(query, filters.withThemes(List.of(theme.value())), 1)));
      }
    }
    if (filters.types().isEmpty() && result.facets().types().size() > 1) {
      for (FacetValue type : result.facets().types()) {
        org.kennisbank.core.ArticleType.fromId(type.value()).ifPresent(articleType ->
            links.add(new Link(type.label() + " (" + type.count() + ")",
                Urls.search(query, filters.withTypes(List.of(articleType)), 1))));
      }
    }
    return links;
  }
}
