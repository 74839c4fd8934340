package org.kennisbank.core.internal.generation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.kennisbank.core.AnswerCandidates;
import org.kennisbank.core.Article;
import org.kennisbank.core.QueryCost;
import org.kennisbank.core.Question;
import org.kennisbank.core.SearchRequest;
import org.kennisbank.core.SearchResult;
import org.kennisbank.core.internal.analysis.DutchAnalysis;
import org.kennisbank.core.internal.content.LoadedContent;
import org.kennisbank.core.internal.search.AnswerFinder;
import org.kennisbank.core.internal.search.ArticleIndex;
import org.kennisbank.core.internal.search.Passages;
import org.kennisbank.core.internal.search.SearchEngine;
import org.kennisbank.core.internal.search.Suggester;

/**
 * Everything one search reads, fixed for the generation's life: the content as loaded (articles,
 * problems, best bets, popularity), the analysis (synonyms and compound lexicon), a point-in-time
 * index reader (which is also the spelling dictionary), the suggester, the passages the chatbot
 * answers from, and the result cache. A
 * reload builds a new generation beside this one; nothing here changes afterwards, so a cached
 * result can only belong to the content it was computed on.
 *
 * <p>The index reader is reference counted: {@link Generations} holds one reference while the
 * generation is current, each search holds one while it runs; the last {@link #release()} closes
 * the reader. Thread-safe.
 */
public final class Generation {

  /**
   * Results cached per generation. The system property {@code kennisbank.result-cache.size} (0:
   * no cache) exists for measurements: the bench and the load test compare the engine with and
   * without the cache.
   */
  private static final long CACHED_RESULTS = Long.getLong("kennisbank.result-cache.size", 10_000);

  /** A result depends on the request and on the day (the publication window). */
  private record CacheKey(SearchRequest request, LocalDate today) {}

  private final long revision;
  private final LoadedContent content;
  private final Map<String, Article> articles;
  private final DutchAnalysis analysis;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final SearchEngine engine;
  private final Suggester suggester;
  private final Passages passages;
  private final AnswerFinder answers;
  private final Cache<CacheKey, SearchResult> results = Caffeine.newBuilder().maximumSize(CACHED_RESULTS).build();
  private final AtomicInteger references = new AtomicInteger(1);

  /** Takes over the caller's reference to {@code reader}. */
  Generation(long revision, LoadedContent content, DutchAnalysis analysis, SearchEngine engine,
      DirectoryReader reader, Suggester suggester, Passages passages) {
    this.revision = revision;
    this.content = content;
    Map<String, Article> byId = new LinkedHashMap<>();
    content.articles().forEach(article -> byId.put(article.id(), article));
    this.articles = Map.copyOf(byId);
    this.analysis = analysis;
    this.engine = engine;
    this.reader = reader;
    this.searcher = ArticleIndex.searcher(reader);
    this.suggester = suggester;
    this.passages = passages;
    this.answers = new AnswerFinder(analysis, passages);
  }

  public long revision() {
    return revision;
  }

  public LoadedContent content() {
    return content;
  }

  /** The loaded articles by id. */
  public Map<String, Article> articles() {
    return articles;
  }

  public Suggester suggester() {
    return suggester;
  }

  Passages passages() {
    return passages;
  }

  DutchAnalysis analysis() {
    return analysis;
  }

  SearchEngine engine() {
    return engine;
  }

  DirectoryReader reader() {
    return reader;
  }

  /**
   * Searches this generation; the caller holds a reference (see {@link Generations#acquire()}).
   * A partial result (out of time) is not cached: the next asking may have the time to finish.
   */
  public SearchResult search(SearchRequest request, LocalDate today) {
    if (CACHED_RESULTS == 0) {
      return engine.search(searcher, request, new SearchEngine.Context(articles, content.bestBets(), today));
    }
    CacheKey key = new CacheKey(request, today);
    SearchResult cached = results.getIfPresent(key);
    if (cached != null) {
      return cached;
    }
    SearchResult result = engine.search(searcher, request, new SearchEngine.Context(articles, content.bestBets(), today));
    if (!result.partial()) {
      results.put(key, result);
    }
    return result;
  }

  /** The articles and passages that may answer {@code question} (see {@link AnswerFinder}); the caller holds a reference. */
  public AnswerCandidates answer(Question question, LocalDate today) {
    return answers.find(question, request -> search(request, today), articles);
  }

  /** What searching {@code request} will roughly cost (see {@link SearchEngine#estimate}). */
  public QueryCost estimate(SearchRequest request) {
    return engine.estimate(request);
  }

  /** Takes a reference unless the generation is already closed. */
  boolean tryAcquire() {
    for (int count = references.get(); count > 0; count = references.get()) {
      if (references.compareAndSet(count, count + 1)) {
        return true;
      }
    }
    return false;
  }

  /** Gives a reference back; the last one closes the reader. */
  public void release() {
    int left = references.decrementAndGet();
    if (left == 0) {
      results.invalidateAll();
      try {
        reader.decRef();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close the index reader of revision " + revision, e);
      }
    } else if (left < 0) {
      throw new IllegalStateException("revision " + revision + " released more often than acquired");
    }
  }
}
