package org.kennisbank.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.kennisbank.core.internal.analysis.CompoundLexicon;
import org.kennisbank.core.internal.analysis.DutchAnalysis;
import org.kennisbank.core.internal.content.ContentLoader;
import org.kennisbank.core.internal.content.LoadedContent;
import org.kennisbank.core.internal.search.ArticleIndex;
import org.kennisbank.core.internal.search.SearchEngine;
import org.kennisbank.core.internal.search.Suggester;

/**
 * A knowledge base: articles read from Markdown content, searchable in Dutch.
 *
 * <pre>{@code
 * try (KnowledgeBase kb = KnowledgeBase.openBundled()) {
 *   SearchResult result = kb.search(SearchRequest.of("paspoort verlengen"));
 *   result.hits().forEach(hit -> System.out.println(hit.title() + ": " + hit.summary()));
 * }
 * }</pre>
 *
 * <p>Opening reads every article; an article with errors is left out and reported by {@link
 * #problems()}, the others load. The search index lives in memory and is rebuilt from the content
 * at every open. Thread-safe: any number of threads may search while one calls {@link #reload()}.
 */
public final class KnowledgeBase implements AutoCloseable {

  private final ContentSource source;
  private final Clock clock;
  private final ArticleIndex index;
  private final SearchEngine engine;
  private final Cache<SearchRequest, SearchResult> searchCache;
  private volatile Snapshot snapshot;

  private record Snapshot(LoadedContent content, Map<String, Article> articles, Suggester suggester) {}

  /** Where content comes from: the classpath (kb-content) or a directory. */
  private record ContentSource(Optional<Path> directory) {
    LoadedContent load() {
      ContentLoader loader = new ContentLoader();
      return directory.map(loader::load)
          .orElseGet(() -> loader.loadBundled(KnowledgeBase.class.getClassLoader()));
    }
  }

  private KnowledgeBase(ContentSource source, Clock clock) {
    this.source = source;
    this.clock = clock;
    LoadedContent content = source.load();
    List<String> texts = content.articles().stream()
        .flatMap(article -> Stream.concat(
            Stream.of(article.title(), article.summary(), String.join(" ", article.keywords())),
            article.sections().stream().map(Section::markdown)))
        .toList();
    DutchAnalysis analysis = new DutchAnalysis(CompoundLexicon.build(texts), content.synonyms(), ContentLoader.SYNONYMS_FILE);
    this.index = new ArticleIndex(analysis);
    this.engine = new SearchEngine(index);
    this.searchCache = Caffeine.newBuilder()
        .maximumSize(10_000)
        .expireAfterWrite(Duration.ofMinutes(10))
        .build();
    install(content);
  }

  /** Opens the bundled example content (module {@code kb-content} on the classpath). */
  public static KnowledgeBase openBundled() {
    return new KnowledgeBase(new ContentSource(Optional.empty()), Clock.systemDefaultZone());
  }

  /**
   * Opens the content in a directory with an {@code articles} folder (see docs/content-format.md).
   *
   * @throws ContentException if the directory or its articles folder does not exist, or the
   *     synonym file does not parse
   */
  public static KnowledgeBase open(Path contentDirectory) {
    return open(contentDirectory, Clock.systemDefaultZone());
  }

  /** As {@link #open(Path)}, with the clock that decides which articles are published today. */
  public static KnowledgeBase open(Path contentDirectory, Clock clock) {
    Objects.requireNonNull(contentDirectory, "contentDirectory");
    return new KnowledgeBase(new ContentSource(Optional.of(contentDirectory)), clock);
  }

  /** Reads the content again and updates the index in place; searches go on meanwhile. */
  public synchronized void reload() {
    install(source.load());
  }

  private void install(LoadedContent content) {
    Map<String, Article> articles = new LinkedHashMap<>();
    content.articles().forEach(article -> articles.put(article.id(), article));
    Snapshot previous = snapshot;
    if (previous != null) {
      previous.articles().keySet().stream().filter(id -> !articles.containsKey(id)).forEach(index::remove);
    }
    index.putAll(articles.values(), content.popularity());
    index.refresh();
    snapshot = new Snapshot(content, Map.copyOf(articles), new Suggester(content.articles()));
    searchCache.invalidateAll();
  }

  /** Searches the published articles. Never throws on the query text, whatever it contains. */
  public SearchResult search(SearchRequest request) {
    Objects.requireNonNull(request, "request");
    Snapshot current = snapshot;
    return searchCache.get(request, r -> engine.search(r,
        new SearchEngine.Context(current.articles(), current.content().bestBets(), today())));
  }

  /** A public search for the first ten hits. */
  public SearchResult search(String query) {
    return search(SearchRequest.of(query));
  }

  /**
   * Completions for a prefix from titles and keywords, one per article.
   *
   * @param limit 1 to 20
   */
  public List<Suggestion> suggest(String prefix, int limit) {
    Objects.requireNonNull(prefix, "prefix");
    if (limit < 1 || limit > 20) {
      throw new InvalidRequestException("limit must be between 1 and 20; got: " + limit);
    }
    LocalDate today = today();
    return snapshot.suggester().suggest(prefix, 50).stream()
        .filter(suggestion -> snapshot.articles().get(suggestion.articleId()).isLiveOn(today))
        .limit(limit)
        .toList();
  }

  /**
   * The article with this id as the channel may see it: without its internal part unless the
   * channel is {@link Channel#AGENT}. Empty when there is no such published article.
   */
  public Optional<Article> article(String id, Channel channel) {
    Article article = snapshot.articles().get(id);
    if (article == null || !article.isLiveOn(today())) {
      return Optional.empty();
    }
    return Optional.of(channel == Channel.AGENT ? article : article.publicView());
  }

  /** The public view of an article. */
  public Optional<Article> article(String id) {
    return article(id, Channel.PUBLIC);
  }

  /** Every published article as the channel may see it, ordered by id. */
  public List<Article> articles(Channel channel) {
    LocalDate today = today();
    return snapshot.articles().values().stream()
        .filter(article -> article.isLiveOn(today))
        .map(article -> channel == Channel.AGENT ? article : article.publicView())
        .sorted(Comparator.comparing(Article::id))
        .toList();
  }

  /**
   * The eight themes in their standard order, each with its title, the summary of its theme article
   * (empty without one) and its number of published articles.
   */
  public List<ThemeSummary> themes() {
    LocalDate today = today();
    List<ThemeSummary> themes = new ArrayList<>();
    for (Theme theme : Theme.values()) {
      Optional<Article> themeArticle = Optional.ofNullable(snapshot.articles().get(theme.id()))
          .filter(article -> article.type() == ArticleType.THEME);
      int count = (int) snapshot.articles().values().stream()
          .filter(article -> article.isLiveOn(today) && article.type() != ArticleType.THEME)
          .filter(article -> article.themes().contains(theme.id()))
          .count();
      themes.add(new ThemeSummary(theme.id(), theme.title(), themeArticle.map(Article::summary).orElse(""), count));
    }
    return themes;
  }

  /** Articles whose review date is today or past, oldest first, for the editors. */
  public List<Article> reviewDue() {
    LocalDate today = today();
    return snapshot.articles().values().stream()
        .filter(article -> article.isReviewDueOn(today))
        .sorted(Comparator.comparing(Article::review).thenComparing(Article::id))
        .toList();
  }

  /** Every problem found when the content was last read; errors mean an article was left out. */
  public List<ContentProblem> problems() {
    return snapshot.content().problems();
  }

  /** Where the content was read from: a directory path or {@code classpath:kennisbank}. */
  public String origin() {
    return snapshot.content().origin();
  }

  /** How many articles loaded. */
  public int size() {
    return snapshot.articles().size();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  @Override
  public void close() {
    index.close();
  }
}
