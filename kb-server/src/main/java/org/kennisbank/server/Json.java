package org.kennisbank.server;

import java.util.List;
import java.util.Optional;
import org.kennisbank.core.Article;
import org.kennisbank.core.FacetValue;
import org.kennisbank.core.Facets;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.core.SearchHit;
import org.kennisbank.core.SearchRequest;
import org.kennisbank.core.SearchResult;
import org.kennisbank.core.Section;
import org.kennisbank.core.Suggestion;
import org.kennisbank.core.ThemeSummary;

/**
 * The JSON shapes of the API, as records so field order is fixed. Public and agent views are
 * separate types: a public view has no field that could carry internal text.
 */
final class Json {

  private Json() {}

  static String articleUrl(String id) {
    return "/artikelen/" + id;
  }

  record Hit(String id, String type, String title, String summary, List<String> themes,
      String snippet, String url, boolean bestBet) {
    static Hit of(SearchHit hit) {
      return new Hit(hit.id(), hit.type().id(), hit.title(), hit.summary(), hit.themes(),
          hit.snippet(), articleUrl(hit.id()), hit.bestBet());
    }
  }

  record AgentHit(String id, String type, String title, String summary, List<String> themes,
      String snippet, String internalSnippet, String handling, String owner, String url, boolean bestBet) {
    static AgentHit of(SearchHit hit, KnowledgeBase kb) {
      Optional<Article> article = kb.article(hit.id(), org.kennisbank.core.Channel.AGENT);
      return new AgentHit(hit.id(), hit.type().id(), hit.title(), hit.summary(), hit.themes(),
          hit.snippet(), hit.internalSnippet(),
          article.flatMap(Article::handling).map(h -> h.id()).orElse(null),
          article.map(Article::owner).orElse(null), articleUrl(hit.id()), hit.bestBet());
    }
  }

  record FacetCount(String value, String label, int count) {
    static List<FacetCount> of(List<FacetValue> values) {
      return values.stream().map(v -> new FacetCount(v.value(), v.label(), v.count())).toList();
    }
  }

  record FacetsView(List<FacetCount> theme, List<FacetCount> type, List<FacetCount> audience) {
    static FacetsView of(Facets facets) {
      return new FacetsView(FacetCount.of(facets.themes()), FacetCount.of(facets.types()), FacetCount.of(facets.audiences()));
    }
  }

  record SearchView(String query, long total, int page, int size, List<?> hits, FacetsView facets,
      String didYouMean, boolean relaxed) {
    static SearchView of(SearchRequest request, SearchResult result, List<?> hits) {
      return new SearchView(result.query(), result.total(), request.page(), request.size(), hits,
          FacetsView.of(result.facets()), result.didYouMean().orElse(null), result.relaxed());
    }
  }

  record SuggestionView(String text, String id, String type, String url) {
    static SuggestionView of(Suggestion suggestion) {
      return new SuggestionView(suggestion.text(), suggestion.articleId(), suggestion.type().id(), articleUrl(suggestion.articleId()));
    }
  }

  record SuggestView(String query, List<SuggestionView> suggestions) {}

  record SectionView(String title, String html) {
    static List<SectionView> of(List<Section> sections) {
      return sections.stream().map(s -> new SectionView(s.title(), s.html())).toList();
    }
  }

  record RelatedView(String id, String title, String url) {}

  record ArticleView(String id, String type, String title, String summary, List<String> themes,
      List<String> audience, List<String> keywords, String upl, List<RelatedView> related,
      String owner, String review, String source, List<SectionView> sections, String url) {
    static ArticleView of(Article article, KnowledgeBase kb) {
      Article visible = article.publicView();
      List<RelatedView> related = visible.related().stream()
          .flatMap(id -> kb.article(id).stream())
          .map(r -> new RelatedView(r.id(), r.title(), articleUrl(r.id())))
          .toList();
      return new ArticleView(visible.id(), visible.type().id(), visible.title(), visible.summary(),
          visible.themes(), visible.audiences().stream().map(a -> a.id()).toList(), visible.keywords(),
          visible.upl().orElse(null), related, visible.owner(), visible.review().toString(),
          visible.source().orElse(null), SectionView.of(visible.sections()), articleUrl(visible.id()));
    }
  }

  record AgentArticleView(ArticleView article, String handling, List<SectionView> internal) {
    static AgentArticleView of(Article article, KnowledgeBase kb) {
      return new AgentArticleView(ArticleView.of(article, kb),
          article.handling().map(h -> h.id()).orElse(null), SectionView.of(article.internal()));
    }
  }

  record ThemeView(String id, String title, String summary, int articles, String url) {
    static ThemeView of(ThemeSummary theme) {
      return new ThemeView(theme.id(), theme.title(), theme.summary(), theme.articleCount(), "/themas/" + theme.id());
    }
  }

  record HealthView(String status, String content, int articles, long errors, long warnings, List<String> problems) {}

  record ErrorView(int status, String message) {}
}
