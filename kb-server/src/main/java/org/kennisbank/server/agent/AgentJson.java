package org.kennisbank.server.agent;

import java.util.List;
import java.util.Optional;
import org.kennisbank.core.Article;
import org.kennisbank.core.Channel;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.core.SearchHit;
import org.kennisbank.server.api.Json;
import org.kennisbank.server.http.Urls;

/** The JSON shapes of the agent channel: the public shapes plus the fields that carry internal text. */
final class AgentJson {

  private AgentJson() {}

  record Hit(String id, String type, String title, String summary, List<String> themes,
      String snippet, String internalSnippet, String handling, String owner, String url, boolean bestBet) {
    static Hit of(SearchHit hit, KnowledgeBase kb) {
      Optional<Article> article = kb.article(hit.id(), Channel.AGENT);
      return new Hit(hit.id(), hit.type().id(), hit.title(), hit.summary(), hit.themes(),
          hit.snippet(), hit.internalSnippet(),
          article.flatMap(Article::handling).map(h -> h.id()).orElse(null),
          article.map(Article::owner).orElse(null), Urls.article(hit.id()), hit.bestBet());
    }
  }

  record ArticleView(Json.ArticleView article, String handling, List<Json.SectionView> internal) {
    static ArticleView of(Article article, KnowledgeBase kb) {
      return new ArticleView(Json.ArticleView.of(article, kb),
          article.handling().map(h -> h.id()).orElse(null), Json.SectionView.of(article.internal()));
    }
  }
}
