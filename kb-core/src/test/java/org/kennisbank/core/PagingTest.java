package org.kennisbank.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The result set of a query does not depend on the page asked for: pages are slices of one list. */
class PagingTest {

  private static final List<SearchRequest> QUERIES = List.of(
      SearchRequest.of("kliko kapot"),
      SearchRequest.of("paspoort"),
      SearchRequest.of("vergunning"),
      SearchRequest.of("reizen"),
      SearchRequest.of("hoe vraag ik een parkeervergunning aan"),
      SearchRequest.of("afval").withChannel(Channel.AGENT),
      SearchRequest.of("parkeerv").asYouType(true),
      SearchRequest.of("kliko kapot").withFilters(SearchFilters.theme("grofvuil-en-leefomgeving")));

  private static KnowledgeBase kb;

  @BeforeAll
  static void open() {
    kb = KnowledgeBase.open(Fixture.bundledRoot(), Fixture.TODAY);
  }

  @AfterAll
  static void close() {
    kb.close();
  }

  @Test
  void every_page_and_size_agrees_on_total_relaxed_facets_and_did_you_mean() {
    for (SearchRequest query : QUERIES) {
      SearchResult all = kb.search(query.withPage(1, 100));
      for (int size : new int[] {1, 3, 7, 10}) {
        for (int page = 1; page <= 4; page++) {
          SearchResult slice = kb.search(query.withPage(page, size));
          String where = query.query() + " page " + page + " size " + size;
          assertThat(slice.total()).as(where).isEqualTo(all.total());
          assertThat(slice.relaxed()).as(where).isEqualTo(all.relaxed());
          assertThat(slice.facets()).as(where).isEqualTo(all.facets());
          assertThat(slice.didYouMean()).as(where).isEqualTo(all.didYouMean());
        }
      }
    }
  }

  @Test
  void each_page_continues_the_one_before_exactly() {
    for (SearchRequest query : QUERIES) {
      List<SearchHit> all = kb.search(query.withPage(1, 100)).hits();
      for (int size : new int[] {1, 3, 7, 10}) {
        for (int page = 1; page <= 4; page++) {
          int from = Math.min(all.size(), (page - 1) * size);
          int to = Math.min(all.size(), page * size);
          assertThat(kb.search(query.withPage(page, size)).hits())
              .as("%s page %d size %d", query.query(), page, size)
              .isEqualTo(all.subList(from, to));
        }
      }
    }
  }

  @Test
  void partial_matches_fill_below_ten_whatever_the_page_size() {
    SearchResult three = kb.search(SearchRequest.of("kliko kapot").withPage(1, 3));

    assertThat(three.relaxed()).isTrue();
    assertThat(three.total()).isGreaterThan(3);
  }
}
