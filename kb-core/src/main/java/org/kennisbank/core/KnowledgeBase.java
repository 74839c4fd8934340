package org.kennisbank.core;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.kennisbank.core.internal.content.ContentLoader;
import org.kennisbank.core.internal.content.LoadedContent;
import org.kennisbank.core.internal.generation.ChangeListeners;
import org.kennisbank.core.internal.generation.Generation;
import org.kennisbank.core.internal.generation.GenerationBuilder;
import org.kennisbank.core.internal.generation.Generations;
import org.kennisbank.core.internal.search.ArticleIndex;

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
 * #problems()}, the others load. The search index lives in memory. Everything a search reads (the
 * articles, the index, the synonyms and compound words, best bets, suggestions, cached results)
 * forms one <em>generation</em> with a {@link #revision()}. {@link #reload()} builds the next
 * generation from what changed (only changed files are parsed, only changed articles indexed) and
 * swaps it in at once; searches already running finish on the generation they started on. A reload
 * ranks exactly as a fresh open of the same content.
 *
 * <p>Thread-safe: any number of threads may search while one reloads; reloads run one at a time.
 */
public final class KnowledgeBase implements AutoCloseable {

  private final ContentSource source;
  private final Clock clock;
  private final ArticleIndex index = new ArticleIndex();
  private final GenerationBuilder builder = new GenerationBuilder(index);
  private final Generations generations;
  private final ChangeListeners listeners = new ChangeListeners();
  private final Object reloadLock = new Object();

  /** Where content comes from: the classpath (kb-content) or a directory; remembers what it parsed. */
  private record ContentSource(Optional<Path> directory, ContentLoader loader) {
    LoadedContent load() {
      return directory.map(loader::load)
          .orElseGet(() -> loader.loadBundled(KnowledgeBase.class.getClassLoader()));
    }

    LoadedContent load(Collection<Path> files) {
      return directory.map(root -> loader.load(root, files)).orElseGet(this::load);
    }
  }

  private KnowledgeBase(Optional<Path> directory, Clock clock) {
    this.source = new ContentSource(directory, new ContentLoader());
    this.clock = clock;
    this.generations = new Generations(builder.first(source.load()));
  }

  /** Opens the bundled example content (module {@code kb-content} on the classpath). */
  public static KnowledgeBase openBundled() {
    return new KnowledgeBase(Optional.empty(), Clock.systemDefaultZone());
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
    Objects.requireNonNull(clock, "clock");
    return new KnowledgeBase(Optional.of(contentDirectory), clock);
  }

  /**
   * Reads the content again and swaps in a new generation when anything changed. Only files whose
   * size, time or content changed are parsed again; {@code synonyms.txt}, {@code best-bets.tsv}
   * and {@code popularity.tsv} are always read. Searches go on meanwhile, on the old generation
   * until the new one is in. Listeners are called after the swap.
   *
   * @return what changed; {@link ContentChange#isEmpty() empty}, with the same revision, when
   *     nothing did
   * @throws ContentException if the content directory is gone or the synonyms no longer parse;
   *     the previous generation then stays
   */
  public ContentChange reload() {
    synchronized (reloadLock) {
      return install(source.load());
    }
  }

  /**
   * As {@link #reload()}, but re-reads only the given article files instead of scanning the
   * directory: for an application that writes or deletes an article itself and knows which file it
   * was. A file that no longer exists is dropped. Paths are relative to the content directory (as
   * {@code articles/products/paspoort.md}) or absolute under it. On the bundled content this is a
   * full {@link #reload()}.
   *
   * @throws ContentException if a path lies outside the content directory
   */
  public ContentChange reload(Collection<Path> changedFiles) {
    Objects.requireNonNull(changedFiles, "changedFiles");
    synchronized (reloadLock) {
      return install(source.load(List.copyOf(changedFiles)));
    }
  }

  private ContentChange install(LoadedContent content) {
    Generation current = generations.current();
    Optional<GenerationBuilder.Next> next = builder.next(current, content);
    if (next.isEmpty()) {
      return ContentChange.none(current.revision());
    }
    generations.swap(next.get().generation());
    listeners.notify(next.get().change());
    return next.get().change();
  }

  /**
   * Calls {@code listener} after every reload that swapped in a new generation, on the reloading
   * thread, in the order listeners were added. A listener that throws is logged and never stops the
   * reload or the other listeners. Close the returned subscription to stop.
   */
  public Subscription onChange(Consumer<ContentChange> listener) {
    Objects.requireNonNull(listener, "listener");
    return listeners.add(listener);
  }

  /** The revision of the content searched now: 1 after opening, one more with every change. */
  public long revision() {
    return generations.current().revision();
  }

  /** Searches the published articles. Never throws on the query text, whatever it contains. */
  public SearchResult search(SearchRequest request) {
    Objects.requireNonNull(request, "request");
    Generation generation = generations.acquire();
    try {
      return generation.search(request, today());
    } finally {
      generation.release();
    }
  }

  /**
   * The articles that may answer a resident's question, best first, each with the public passage
   * that answers best and the signals for a confidence (score, margin, coverage): the chatbot's
   * first two stages. Article retrieval is the ordinary public search; within each of the best
   * articles the passage is the section the question asks for ("wat kost" → Kosten), else the one
   * that matches its words best. Only public text is used. A {@link Question#topic() topic} that is
   * not a published article is ignored.
   */
  public AnswerCandidates answer(Question question) {
    Objects.requireNonNull(question, "question");
    LocalDate today = today();
    Question asked = question.topic()
        .filter(id -> Optional.ofNullable(articles().get(id)).filter(a -> a.isLiveOn(today)).isPresent())
        .map(id -> question).orElseGet(() -> Question.of(question.text()));
    Generation generation = generations.acquire();
    try {
      return generation.answer(asked, today);
    } finally {
      generation.release();
    }
  }

  /**
   * What {@code request} will roughly cost to search, estimated from its text without searching
   * (microseconds): for a server that limits how many expensive searches run at once. The cost of
   * one search is bounded in any case: at most 8 words get typo tolerance and a search that runs
   * out of its time budget returns what it found, marked {@link SearchResult#partial()}.
   */
  public QueryCost estimateCost(SearchRequest request) {
    Objects.requireNonNull(request, "request");
    return generations.current().estimate(request);
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
    Generation generation = generations.current();
    return generation.suggester().suggest(prefix, 50).stream()
        .filter(suggestion -> generation.articles().get(suggestion.articleId()).isLiveOn(today))
        .limit(limit)
        .toList();
  }

  /**
   * The article with this id as the channel may see it: without its internal part unless the
   * channel is {@link Channel#AGENT}. Empty when there is no such published article.
   */
  public Optional<Article> article(String id, Channel channel) {
    Article article = articles().get(id);
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
    return articles().values().stream()
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
    Map<String, Article> articles = articles();
    List<ThemeSummary> themes = new ArrayList<>();
    for (Theme theme : Theme.values()) {
      Optional<Article> themeArticle = Optional.ofNullable(articles.get(theme.id()))
          .filter(article -> article.type() == ArticleType.THEME);
      int count = (int) articles.values().stream()
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
    return articles().values().stream()
        .filter(article -> article.isReviewDueOn(today))
        .sorted(Comparator.comparing(Article::review).thenComparing(Article::id))
        .toList();
  }

  /** Every problem found when the content was last read; errors mean an article was left out. */
  public List<ContentProblem> problems() {
    return generations.current().content().problems();
  }

  /** Where the content was read from: a directory path or {@code classpath:kennisbank}. */
  public String origin() {
    return generations.current().content().origin();
  }

  /** How many articles loaded. */
  public int size() {
    return articles().size();
  }

  private Map<String, Article> articles() {
    return generations.current().articles();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  @Override
  public void close() {
    generations.close();
    index.close();
  }
}
