package org.kennisbank.core.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kennisbank.core.Article;
import org.kennisbank.core.Channel;
import org.kennisbank.core.Fixture;
import org.kennisbank.core.SearchRequest;
import org.kennisbank.core.SearchResult;
import org.kennisbank.core.internal.analysis.DutchAnalysis;
import org.kennisbank.core.internal.content.ContentLoader;
import org.kennisbank.core.internal.content.LoadedContent;

/**
 * The cost of one query is bounded by construction: pinned by counting the work (typo-tolerant
 * words, expansions, spelling look-ups) and with a ticker that runs out of time, never by timing.
 */
class QueryCostBoundsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
  /** Far above any query: what the engine did before the limits. */
  private static final QueryLimits UNBOUNDED = new QueryLimits(1_000, 1_000_000, 1_000, Duration.ofDays(1), System::nanoTime);

  private static ArticleIndex index;
  private static LoadedContent content;
  private static DutchAnalysis analysis;
  private static IndexSearcher searcher;

  @BeforeAll
  static void indexBundledContent() {
    content = new ContentLoader().load(Fixture.bundledRoot());
    analysis = new DutchAnalysis(new CharArraySet(List.of(), false), content.synonyms(), ContentLoader.SYNONYMS_FILE);
    index = new ArticleIndex();
    index.update(analysis, content.articles(), List.of(), content.popularity());
    searcher = ArticleIndex.searcher(index.openReader(Optional.empty()));
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static String randomWords(long seed) {
    Random random = new Random(seed);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      StringBuilder word = new StringBuilder();
      for (int j = 0; j < 30; j++) {
        word.append((char) ('a' + random.nextInt(26)));
      }
      words.add(word.toString());
    }
    return String.join(" ", words);
  }

  /** Sixteen words the content uses, each with one letter doubled: every one has close neighbours. */
  private static final String SIXTEEN_TYPOS = "paspoortt rijbewijss parkeervergunnningg verhuizzing afvalcontainerr "
      + "bijstandd huwelijkk geboorteaktee omgevingsvergunnning kwijtscheldingg uittrekssel hondenbelastingg "
      + "identiteitskaartt evenementenvergunnning gehandicaptenparkeerkaartt naamskeuzeverklaringg";

  @Test
  void sixteen_random_long_words_get_typo_tolerance_for_at_most_eight() {
    QueryPlanner planner = new QueryPlanner(analysis);
    for (long seed = 1; seed <= 5; seed++) {
      QueryPlanner.Plan plan = planner.plan(randomWords(seed), Channel.PUBLIC, false, searcher);
      assertThat(plan.typoTolerantWords()).isEqualTo(QueryLimits.DEFAULT_TYPO_TOLERANT_WORDS);
    }
    assertThat(new QueryPlanner(analysis, UNBOUNDED).plan(randomWords(1), Channel.PUBLIC, false, searcher)
        .typoTolerantWords()).as("without the limit").isEqualTo(16);
  }

  @Test
  void a_query_of_many_typos_gets_at_most_the_total_of_expansions() {
    QueryLimits tenExpansions = new QueryLimits(100, 10, 8, QueryLimits.DEFAULT_BUDGET, System::nanoTime);
    QueryPlanner.Plan bounded = new QueryPlanner(analysis, tenExpansions).plan(SIXTEEN_TYPOS, Channel.AGENT, false, searcher);
    QueryPlanner.Plan unbounded = new QueryPlanner(analysis, UNBOUNDED).plan(SIXTEEN_TYPOS, Channel.AGENT, false, searcher);

    assertThat(bounded.expansions()).isEqualTo(10);
    assertThat(unbounded.expansions()).as("without the limits").isGreaterThan(10);
  }

  @Test
  void the_spelling_suggester_looks_up_at_most_eight_words() throws IOException {
    String query = "paspoart rijbewys verhuizeng bijstant huwelyk geboorteakt kwijtscheldin uittreksal "
        + "hondenbelastin identiteitskart omgevingsvergunnin evenementenvergunnin naamskeuzeverklarin "
        + "gehandicaptenparkeerkart afvalcontainar parkeervergunnin";

    int changed = changedWords(new SpellingSuggester(), query);

    assertThat(changed).isPositive().isLessThanOrEqualTo(QueryLimits.DEFAULT_SPELLING_WORDS);
    assertThat(changedWords(new SpellingSuggester(1_000), query)).as("without the limit")
        .isGreaterThan(QueryLimits.DEFAULT_SPELLING_WORDS);
  }

  private static int changedWords(SpellingSuggester suggester, String query) throws IOException {
    String[] typed = query.split(" ");
    String[] corrected = suggester.suggest(searcher, analysis, query).orElseThrow().split(" ");
    int changed = 0;
    for (int i = 0; i < typed.length; i++) {
      changed += typed[i].equals(corrected[i]) ? 0 : 1;
    }
    return changed;
  }

  @Test
  void a_search_out_of_time_returns_what_it_found_marked_partial() {
    AtomicLong now = new AtomicLong();
    // Every reading of the clock is a second later: the budget is gone at the first step.
    QueryLimits slowClock = QueryLimits.DEFAULT.withTicker(() -> now.addAndGet(Duration.ofSeconds(1).toNanos()));
    SearchRequest request = SearchRequest.of("paspoortt verlengen " + randomWords(7).substring(0, 300));

    SearchResult partial = engine(slowClock).search(searcher, request, context());
    SearchResult complete = engine(QueryLimits.DEFAULT.withTicker(() -> 0L)).search(searcher, request, context());

    assertThat(partial.partial()).isTrue();
    assertThat(partial.didYouMean()).isEmpty();
    assertThat(complete.partial()).isFalse();
    assertThat(complete.ids()).isNotEmpty();
  }

  @Test
  void an_ordinary_search_is_never_partial_with_a_clock_that_stands_still() {
    SearchResult result = engine(QueryLimits.DEFAULT.withTicker(() -> 0L))
        .search(searcher, SearchRequest.of("paspoort verlengen"), context());

    assertThat(result.partial()).isFalse();
    assertThat(result.ids()).first().isEqualTo("paspoort");
  }

  private static SearchEngine engine(QueryLimits limits) {
    return new SearchEngine(analysis, limits);
  }

  private static SearchEngine.Context context() {
    Map<String, Article> byId = new java.util.HashMap<>();
    content.articles().forEach(article -> byId.put(article.id(), article));
    return new SearchEngine.Context(byId, content.bestBets(), TODAY);
  }
}
