package org.kennisbank.core.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;
import org.kennisbank.core.Article;
import org.kennisbank.core.ArticleType;
import org.kennisbank.core.Audience;
import org.kennisbank.core.Channel;
import org.kennisbank.core.Facets;
import org.kennisbank.core.QueryCost;
import org.kennisbank.core.SearchFilters;
import org.kennisbank.core.SearchHit;
import org.kennisbank.core.SearchRequest;
import org.kennisbank.core.SearchResult;
import org.kennisbank.core.internal.analysis.DutchAnalysis;
import org.kennisbank.core.internal.content.BestBetsFile;

/**
 * Runs a {@link SearchRequest} against the index: plans the query, applies filters and the
 * publication window, puts best bets on top, counts facets, marks snippets, and, when nothing is
 * found, relaxes the query and suggests a spelling. One engine per analysis (synonyms and compound
 * lexicon), so per generation; the searcher comes with each call. Thread-safe.
 */
public final class SearchEngine {

  /**
   * When fewer articles than this match most of the query, the list goes on with articles that
   * match some of it. A constant, not the page size, so that the result set (total, facets, order)
   * is the same whichever page or size is asked for; ten is the first page of every channel.
   */
  public static final int FILL_BELOW = 10;

  /** Best score first; equal scores by article id, so the order never depends on indexing order. */
  private static final Sort RANKING = new Sort(SortField.FIELD_SCORE, new SortField(Fields.ID, SortField.Type.STRING));

  private final DutchAnalysis analysis;
  private final QueryPlanner planner;
  private final Snippets snippets;
  private final SpellingSuggester spelling;

  private final QueryLimits limits;

  public SearchEngine(DutchAnalysis analysis) {
    this(analysis, QueryLimits.DEFAULT);
  }

  /** An engine whose searches stay within {@code limits} (see {@link QueryLimits}). */
  public SearchEngine(DutchAnalysis analysis, QueryLimits limits) {
    this.analysis = analysis;
    this.limits = limits;
    this.planner = new QueryPlanner(analysis, limits);
    this.snippets = new Snippets(analysis);
    this.spelling = new SpellingSuggester(limits.spellingWords());
  }

  /** What the engine needs to know of the content besides the index. */
  public record Context(Map<String, Article> articles, Map<String, List<String>> bestBets, LocalDate today) {}

  /** What searching {@code request} will roughly cost, from its text alone. */
  public QueryCost estimate(SearchRequest request) {
    return planner.estimate(request.query());
  }

  /** Searches with a searcher the caller holds (and releases) for the duration of the call. */
  public SearchResult search(IndexSearcher searcher, SearchRequest request, Context context) {
    try {
      return run(searcher, request, context);
    } catch (IOException e) {
      throw new UncheckedIOException("search failed for '" + request.query() + "'", e);
    }
  }

  private SearchResult run(IndexSearcher searcher, SearchRequest request, Context context) throws IOException {
    Query filter = filter(request.filters(), context.today());
    List<String> pinned = pinned(request, context);
    // Deep enough to fill the page after the pinned articles are taken out of the ranking.
    int depth = request.page() * request.size() + pinned.size();
    QueryBudget budget = limits.start();
    QueryPlanner.Plan plan = planner.plan(request.query(), request.channel(), request.asYouType(), searcher, budget);
    Attempt attempt = attempt(searcher, plan.strict(), filter, depth);
    boolean relaxed = false;
    Optional<String> didYouMean = Optional.empty();
    if (pinned.isEmpty() && (attempt.total() == 0 || (attempt.total() < 3 && !request.asYouType()))) {
      didYouMean = spelling.suggest(searcher, analysis, request.query(), budget);
    }
    if (attempt.total() == 0 && plan.strict() != null && didYouMean.isPresent() && budget.allows()) {
      QueryPlanner.Plan correctedPlan = planner.plan(didYouMean.get(), request.channel(), false, searcher, budget);
      Attempt corrected = attempt(searcher, correctedPlan.strict(), filter, depth);
      if (corrected.total() > 0) {
        plan = correctedPlan;
        attempt = corrected;
      }
    }
    List<ScoreDoc> ranked = new ArrayList<>(List.of(attempt.top().scoreDocs));
    if (attempt.total() < FILL_BELOW && plan.loose() != null && budget.allows()) {
      // Too few hits match most words: go on with hits that match some, after them.
      Attempt loose = attempt(searcher, plan.loose(), filter, depth + (int) attempt.total());
      if (loose.total() > attempt.total()) {
        Set<Integer> strict = new HashSet<>();
        ranked.forEach(doc -> strict.add(doc.doc));
        for (ScoreDoc doc : loose.top().scoreDocs) {
          if (strict.add(doc.doc)) {
            ranked.add(doc);
          }
        }
        attempt = loose;
        relaxed = true;
      }
    }
    List<String> ids = new ArrayList<>(pinned);
    Set<String> seen = new LinkedHashSet<>(pinned);
    Map<String, Float> scores = new HashMap<>();
    Map<String, Integer> docIds = new HashMap<>();
    for (ScoreDoc doc : ranked) {
      String id = idOf(doc);
      scores.put(id, doc.score);
      docIds.put(id, doc.doc);
      if (seen.add(id)) {
        ids.add(id);
      }
    }
    long pinnedOutside = 0;
    for (String id : pinned) {
      Optional<ScoreDoc> match = pinnedMatch(searcher, attempt.query(), id);
      match.ifPresent(doc -> scores.put(id, doc.score));
      pinnedOutside += match.isEmpty() ? 1 : 0;
    }
    long total = attempt.total() + pinnedOutside;
    int from = (request.page() - 1) * request.size();
    int to = Math.min(ids.size(), from + request.size());
    List<SearchHit> hits = new ArrayList<>();
    if (from < to) {
      Map<String, Snippets.Pair> marked = plan.strict() == null
          ? Map.of()
          : snippets.mark(searcher, plan.strict(), ids.subList(from, to), docIds, request.channel());
      for (String id : ids.subList(from, to)) {
        Article article = context.articles().get(id);
        if (article == null) {
          continue;
        }
        Snippets.Pair pair = marked.getOrDefault(id, Snippets.Pair.NONE);
        float score = scores.getOrDefault(id, 0f);
        hits.add(new SearchHit(id, article.type(), article.title(), article.summary(), article.themes(),
            pair.publicText().isEmpty() ? Snippets.escape(article.summary()) : pair.publicText(),
            request.channel() == Channel.AGENT ? pair.internalText() : "",
            score, pinned.contains(id)));
      }
    }
    return new SearchResult(request.query(), total, hits, attempt.facets(), didYouMean, relaxed, budget.exhausted());
  }

  /** One query run (null when there is nothing to search for): its best hits, how many matched, their facets. */
  private record Attempt(Query query, TopDocs top, long total, Facets facets) {
    static final Attempt NOTHING = new Attempt(null, new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]), 0, Facets.EMPTY);
  }

  private Attempt attempt(IndexSearcher searcher, Query scored, Query filter, int depth) throws IOException {
    if (scored == null) {
      return Attempt.NOTHING;
    }
    Query query = new BooleanQuery.Builder().add(scored, Occur.MUST).add(filter, Occur.FILTER).build();
    // One pass over the matches collects the best hits and counts the facets.
    Object[] collected = searcher.search(query, new MultiCollectorManager(
        new TopFieldCollectorManager(RANKING, Math.max(1, depth), null, Integer.MAX_VALUE), new FacetCounter()));
    TopDocs top = (TopDocs) collected[0];
    for (ScoreDoc doc : top.scoreDocs) {
      doc.score = (Float) ((FieldDoc) doc).fields[0];
    }
    return new Attempt(query, top, top.totalHits.value(), (Facets) collected[1]);
  }

  /** The article id of a hit, from its sort value (the ranking's tie-break), not from stored fields. */
  private static String idOf(ScoreDoc doc) {
    return ((BytesRef) ((FieldDoc) doc).fields[1]).utf8ToString();
  }

  /** A best bet's own score when the query matches it too. */
  private static Optional<ScoreDoc> pinnedMatch(IndexSearcher searcher, Query query, String id) throws IOException {
    if (query == null) {
      return Optional.empty();
    }
    Query one = new BooleanQuery.Builder().add(query, Occur.MUST).add(new TermQuery(new Term(Fields.ID, id)), Occur.FILTER).build();
    ScoreDoc[] found = searcher.search(one, 1).scoreDocs;
    return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
  }

  private List<String> pinned(SearchRequest request, Context context) {
    List<String> bets = context.bestBets().getOrDefault(BestBetsFile.normalize(request.query()), List.of());
    return bets.stream()
        .filter(id -> context.articles().containsKey(id))
        .filter(id -> matches(context.articles().get(id), request.filters(), context.today()))
        .toList();
  }

  private static boolean matches(Article article, SearchFilters filters, LocalDate today) {
    return article.isLiveOn(today)
        && (filters.themes().isEmpty() || article.themes().stream().anyMatch(filters.themes()::contains))
        && (filters.types().isEmpty() || filters.types().contains(article.type()))
        && (filters.audiences().isEmpty() || article.audiences().stream().anyMatch(filters.audiences()::contains));
  }

  private static Query filter(SearchFilters filters, LocalDate today) {
    BooleanQuery.Builder filter = new BooleanQuery.Builder();
    long day = today.toEpochDay();
    filter.add(LongPoint.newRangeQuery(Fields.LIVE_FROM, Long.MIN_VALUE, day), Occur.FILTER);
    filter.add(LongPoint.newRangeQuery(Fields.LIVE_UNTIL, day, Long.MAX_VALUE), Occur.FILTER);
    filter.add(anyOf(Fields.THEME, filters.themes().stream().toList()), Occur.FILTER);
    filter.add(anyOf(Fields.TYPE, filters.types().stream().map(ArticleType::id).toList()), Occur.FILTER);
    filter.add(anyOf(Fields.AUDIENCE, filters.audiences().stream().map(Audience::id).toList()), Occur.FILTER);
    return filter.build();
  }

  private static Query anyOf(String field, List<String> values) {
    if (values.isEmpty()) {
      return new org.apache.lucene.search.MatchAllDocsQuery();
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String value : values) {
      any.add(new TermQuery(new Term(field, value)), Occur.SHOULD);
    }
    return any.build();
  }
}
