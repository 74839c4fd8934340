package org.kennisbank.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reload defects of issue 7, each pinned by a test that failed before generations. */
class ReloadRegressionTest {

  @Test
  void reload_picks_up_changed_synonyms(@TempDir Path dir) throws IOException {
    Path content = Fixture.copyTo(dir);
    try (KnowledgeBase kb = KnowledgeBase.open(content, Fixture.TODAY)) {
      Files.writeString(content.resolve("synonyms.txt"), "reisdocumentje => paspoort\n", StandardOpenOption.APPEND);

      kb.reload();

      try (KnowledgeBase fresh = KnowledgeBase.open(content, Fixture.TODAY)) {
        assertThat(fresh.search("reisdocumentje").ids()).first().isEqualTo("paspoort");
        assertThat(kb.search("reisdocumentje")).isEqualTo(fresh.search("reisdocumentje"));
      }
    }
  }

  @Test
  void reload_picks_up_changed_synonyms_on_the_bundled_content(@TempDir Path dir) throws IOException {
    Path content = Fixture.copyBundledTo(dir);
    try (KnowledgeBase kb = KnowledgeBase.open(content)) {
      Files.writeString(content.resolve("synonyms.txt"), "\nreisdocumentje => identiteitskaart\nkliko => kapot\n", StandardOpenOption.APPEND);

      kb.reload();

      try (KnowledgeBase fresh = KnowledgeBase.open(content)) {
        assertThat(fresh.search("reisdocumentje").ids()).first().isEqualTo("identiteitskaart");
        for (String query : List.of("reisdocumentje", "kliko", "kliko kapot", "paspoort")) {
          assertThat(kb.search(query)).as(query).isEqualTo(fresh.search(query));
        }
      }
    }
  }

  @Test
  void reload_picks_up_a_compound_part_that_only_a_new_article_brings(@TempDir Path dir) throws IOException {
    Path content = Fixture.copyTo(dir);
    try (KnowledgeBase kb = KnowledgeBase.open(content, Fixture.TODAY)) {
      // "balie" enters the lexicon only with the new article, so "baliemedewerker" in the paspoort
      // article must now also be split; a fresh open does so.
      Files.writeString(content.resolve("articles/products/paspoort.md"), Files.readString(content.resolve("articles/products/paspoort.md"))
          .replace("Met een paspoort reist u", "Een baliemedewerker helpt u. Met een paspoort reist u"));
      kb.reload();
      Files.writeString(content.resolve("articles/products/balie.md"), """
          ---
          id: balie
          type: product
          title: Loket
          summary: Het loket van de gemeente in het stadhuis.
          themes: [identiteit-en-reizen]
          audience: [particulier]
          owner: Team Burgerzaken
          review: 2027-03-01
          ---

          ## Wat is het

          De balie in het stadhuis.
          """);

      kb.reload();

      try (KnowledgeBase fresh = KnowledgeBase.open(content, Fixture.TODAY)) {
        for (String query : List.of("balie", "medewerker balie", "baliemedewerker", "paspoort")) {
          assertThat(kb.search(query)).as(query).isEqualTo(fresh.search(query));
        }
      }
    }
  }

  @Test
  void total_relaxed_and_facets_do_not_depend_on_page_or_size() {
    try (KnowledgeBase kb = KnowledgeBase.open(Fixture.bundledRoot())) {
      SearchResult small = kb.search(SearchRequest.of("kliko kapot").withPage(1, 3));
      SearchResult large = kb.search(SearchRequest.of("kliko kapot").withPage(1, 10));
      SearchResult second = kb.search(SearchRequest.of("kliko kapot").withPage(2, 3));

      assertThat(small.total()).isEqualTo(large.total()).isEqualTo(second.total());
      assertThat(small.relaxed()).isEqualTo(large.relaxed()).isEqualTo(second.relaxed());
      assertThat(small.facets()).isEqualTo(large.facets()).isEqualTo(second.facets());
      List<String> firstSix = new ArrayList<>(small.ids());
      firstSix.addAll(second.ids());
      assertThat(firstSix).isEqualTo(large.ids().subList(0, 6));
    }
  }

  /**
   * Searches run on many threads while the content changes back and forth; after every reload the
   * answer to every request must be that of the new content. Before generations, a search still
   * running on the old content could put its result into the cache just after the reload had
   * cleared it, and from then on the old answer was served.
   */
  @Test
  void no_result_of_the_old_content_is_served_after_a_reload(@TempDir Path dir) throws Exception {
    Path content = Fixture.copyTo(dir.resolve("live"));
    Path article = content.resolve(ARTICLE);
    String original = Files.readString(article);
    String renamed = original.replace("title: Parkeervergunning", "title: Parkeervergunning en hondenpenning");
    // Many distinct requests, so that some are always being computed when a reload happens.
    List<SearchRequest> requests = new ArrayList<>();
    for (int size = 1; size <= 40; size++) {
      requests.add(SearchRequest.of("hondenpenning parkeervergunning").withPage(1, size));
    }
    List<List<String>> withWord = expected(Fixture.copyTo(dir.resolve("a")), renamed, requests);
    List<List<String>> without = expected(Fixture.copyTo(dir.resolve("b")), original, requests);
    assertThat(withWord).isNotEqualTo(without);
    try (KnowledgeBase kb = KnowledgeBase.open(content, Fixture.TODAY)) {
      AtomicBoolean running = new AtomicBoolean(true);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<?>> searchers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        int offset = i * 10;
        searchers.add(pool.submit(() -> {
          for (int n = offset; running.get(); n++) {
            kb.search(requests.get(n % requests.size()));
          }
        }));
      }
      try {
        for (int round = 0; round < 30; round++) {
          boolean word = round % 2 == 0;
          Files.writeString(article, word ? renamed : original);
          kb.reload();
          for (int i = 0; i < requests.size(); i++) {
            assertThat(view(kb.search(requests.get(i)))).as("round %d, request %d", round, i)
                .isEqualTo((word ? withWord : without).get(i));
          }
        }
      } finally {
        running.set(false);
        pool.shutdown();
        for (Future<?> searcher : searchers) {
          searcher.get();
        }
      }
    }
  }

  private static final String ARTICLE = "articles/products/parkeervergunning.md";

  private static List<List<String>> expected(Path content, String text, List<SearchRequest> requests) throws IOException {
    Files.writeString(content.resolve(ARTICLE), text);
    try (KnowledgeBase kb = KnowledgeBase.open(content, Fixture.TODAY)) {
      return requests.stream().map(kb::search).map(ReloadRegressionTest::view).toList();
    }
  }

  /** What a reader of the result sees: how many, and each hit's id and title. */
  private static List<String> view(SearchResult result) {
    List<String> view = new ArrayList<>();
    view.add("total " + result.total());
    result.hits().forEach(hit -> view.add(hit.id() + ": " + hit.title()));
    return view;
  }
}
