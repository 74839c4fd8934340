package org.kennisbank.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches on many threads while the content switches between two states, with different synonyms
 * and articles: every result must be exactly the one a fresh open of one of the two states gives.
 */
class ConcurrentReloadTest {

  private static final String PASPOORT = "articles/products/paspoort.md";
  private static final String NEW_ARTICLE = "articles/products/hondenbelasting.md";

  private static final List<SearchRequest> REQUESTS = List.of(
      SearchRequest.of("reisdocumentje"),
      SearchRequest.of("paspoort"),
      SearchRequest.of("hondenbelasting"),
      SearchRequest.of("identiteitsbewijs").withPage(1, 2),
      SearchRequest.of("kliko"),
      SearchRequest.of("pasp").asYouType(true));

  /** The files of one content state, relative to the content root; an empty text means absent. */
  private record State(Map<String, String> files) {
    void writeTo(Path root) throws IOException {
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path path = root.resolve(file.getKey());
        if (file.getValue().isEmpty()) {
          Files.deleteIfExists(path);
        } else {
          Files.writeString(path, file.getValue());
        }
      }
    }
  }

  @Test
  void searches_during_reloads_see_the_old_or_the_new_content_never_a_mix(@TempDir Path dir) throws Exception {
    Path fixture = Fixture.copyTo(dir.resolve("fixture"));
    String synonyms = Files.readString(fixture.resolve("synonyms.txt"));
    String paspoort = Files.readString(fixture.resolve(PASPOORT));
    State first = new State(Map.of("synonyms.txt", synonyms, PASPOORT, paspoort, NEW_ARTICLE, ""));
    State second = new State(Map.of(
        "synonyms.txt", synonyms + "reisdocumentje => paspoort\nkliko => hondenbelasting\n",
        PASPOORT, paspoort.replace("title: Paspoort", "title: Paspoort (reisdocument)"),
        NEW_ARTICLE, paspoort.replace("id: paspoort", "id: hondenbelasting").replace("title: Paspoort", "title: Hondenbelasting")));
    List<SearchResult> expectFirst = expected(first, Fixture.copyTo(dir.resolve("first")));
    List<SearchResult> expectSecond = expected(second, Fixture.copyTo(dir.resolve("second")));
    for (int i = 0; i < REQUESTS.size(); i++) {
      assertThat(expectFirst.get(i)).as(REQUESTS.get(i).query()).isNotEqualTo(expectSecond.get(i));
    }

    Path live = Fixture.copyTo(dir.resolve("live"));
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger checked = new AtomicInteger();
    List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try (KnowledgeBase kb = KnowledgeBase.open(live, Fixture.TODAY)) {
      List<Future<?>> searchers = new ArrayList<>();
      for (int t = 0; t < 6; t++) {
        int start = t;
        searchers.add(pool.submit(() -> {
          for (int n = start; running.get(); n++) {
            int i = n % REQUESTS.size();
            SearchResult result = kb.search(REQUESTS.get(i));
            if (!result.equals(expectFirst.get(i)) && !result.equals(expectSecond.get(i))) {
              wrong.add(REQUESTS.get(i).query() + " -> " + result);
            }
            checked.incrementAndGet();
          }
        }));
      }
      for (int round = 0; round < 30; round++) {
        (round % 2 == 0 ? second : first).writeTo(live);
        ContentChange change = kb.reload();
        assertThat(change.revision()).isEqualTo(round + 2);
        assertThat(change.synonymsChanged()).isTrue();
      }
      running.set(false);
      for (Future<?> searcher : searchers) {
        searcher.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(wrong).isEmpty();
    assertThat(checked.get()).isGreaterThan(REQUESTS.size());
  }

  private static List<SearchResult> expected(State state, Path content) throws IOException {
    state.writeTo(content);
    try (KnowledgeBase kb = KnowledgeBase.open(content, Fixture.TODAY)) {
      return REQUESTS.stream().map(kb::search).toList();
    }
  }
}
