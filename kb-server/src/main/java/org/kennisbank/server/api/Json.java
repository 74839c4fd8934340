package org.kennisbank.server.api;

import java.util.List;
import org.kennisbank.core.Article;
import org.kennisbank.core.Channel;
import org.kennisbank.core.ContentProblem;
import org.kennisbank.core.FacetValue;
import org.kennisbank.core.Facets;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.core.SearchHit;
import org.kennisbank.core.SearchRequest;
import org.kennisbank.core.SearchResult;
import org.kennisbank.core.Section;
import org.kennisbank.core.Suggestion;
import org.kennisbank.core.ThemeSummary;
import org.kennisbank.server.http.Urls;

/**
 * The JSON shapes of the public API, as records so field order is fixed. No public view has a
 * field that could carry internal text; the agent views ({@code agent.AgentJson}) add those.
 */
public final class Json {

  private Json() {}

  public record Hit(String id, String type, String title, String summary, List<String> themes,
      String snippet, String url, boolean bestBet) {
    public static Hit of(SearchHit hit) {
      return new Hit(hit.id(), hit.type().id(), hit.title(), hit.summary(), hit.themes(),
          hit.snippet(), Urls.article(hit.id()), hit.bestBet());
    }
  }

  public record FacetCount(String value, String label, int count) {
    public static List<FacetCount> of(List<FacetValue> values) {
      return values.stream().map(v -> new FacetCount(v.value(), v.label(), v.count())).toList();
    }
  }

  public record FacetsView(List<FacetCount> theme, List<FacetCount> type, List<FacetCount> audience) {
    public static FacetsView of(Facets facets) {
      return new FacetsView(FacetCount.of(facets.themes()), FacetCount.of(facets.types()), FacetCount.of(facets.audiences()));
    }
  }

  /** {@code partial}: the search ran out of its time budget; the hits are the best found in time. */
  public record SearchView(String query, long total, int page, int size, List<?> hits, FacetsView facets,
      String didYouMean, boolean relaxed, boolean partial) {
    public static SearchView of(SearchRequest request, SearchResult result, List<?> hits) {
      return new SearchView(result.query(), result.total(), request.page(), request.size(), hits,
          FacetsView.of(result.facets()), result.didYouMean().orElse(null), result.relaxed(), result.partial());
    }
  }

  public record SuggestionView(String text, String id, String type, String url) {
    public static SuggestionView of(Suggestion suggestion) {
      return new SuggestionView(suggestion.text(), suggestion.articleId(), suggestion.type().id(), Urls.article(suggestion.articleId()));
    }
  }

  public record SuggestView(String query, List<SuggestionView> suggestions) {}

  public record SectionView(String title, String html) {
    public static List<SectionView> of(List<Section> sections) {
      return sections.stream().map(s -> new SectionView(s.title(), s.html())).toList();
    }
  }

  public record RelatedView(String id, String title, String url) {}

  public record ArticleView(String id, String type, String title, String summary, List<String> themes,
      List<String> audience, List<String> keywords, List<String> questions, String upl, List<RelatedView> related,
      String owner, String review, String source, List<SectionView> sections, String url) {
    public static ArticleView of(Article article, KnowledgeBase kb) {
      Article visible = article.publicView();
      List<RelatedView> related = visible.related().stream()
          .flatMap(id -> kb.article(id).stream())
          .map(r -> new RelatedView(r.id(), r.title(), Urls.article(r.id())))
          .toList();
      return new ArticleView(visible.id(), visible.type().id(), visible.title(), visible.summary(),
          visible.themes(), visible.audiences().stream().map(a -> a.id()).toList(), visible.keywords(),
          visible.questions(), visible.upl().orElse(null), related, visible.owner(), visible.review().toString(),
          visible.source().orElse(null), SectionView.of(visible.sections()), Urls.article(visible.id()));
    }
  }

  public record ThemeView(String id, String title, String summary, int articles, String url) {
    public static ThemeView of(ThemeSummary theme) {
      return new ThemeView(theme.id(), theme.title(), theme.summary(), theme.articleCount(), Urls.theme(theme.id()));
    }
  }

  /**
   * The public liveness answer: status and counts only. Content problems name files and paths,
   * so they are for the admin API alone.
   */
  public record HealthView(String status, int articles, long errors, long warnings) {
    public static final String DOWN = "down";

    /**
     * {@code down} when no article is published: the content is missing, every article failed to
     * load, or none is live today; {@code degraded} when some articles were left out with errors.
     */
    public static HealthView of(KnowledgeBase kb) {
      List<ContentProblem> problems = kb.problems();
      long errors = problems.stream().filter(p -> p.severity() == ContentProblem.Severity.ERROR).count();
      boolean down = kb.articles(Channel.PUBLIC).isEmpty();
      return new HealthView(down ? DOWN : errors > 0 ? "degraded" : "ok", kb.size(), errors, problems.size() - errors);
    }
  }

}
