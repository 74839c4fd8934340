package org.kennisbank.server.website;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kennisbank.core.Article;
import org.kennisbank.core.ArticleType;
import org.kennisbank.core.Channel;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.core.ThemeSummary;
import org.kennisbank.server.http.Urls;

/** What a theme page shows: its title, the theme article's introduction, and every article of the theme. */
public record ThemePage(String title, Optional<String> summary, Optional<TrustedHtml> introduction, List<Link> articles) {

  static ThemePage of(ThemeSummary theme, KnowledgeBase kb) {
    Optional<Article> themeArticle = kb.article(theme.id()).filter(a -> a.type() == ArticleType.THEME);
    List<Link> articles = kb.articles(Channel.PUBLIC).stream()
        .filter(a -> a.type() != ArticleType.THEME && a.themes().contains(theme.id()))
        .sorted(Comparator.comparing(Article::title))
        .map(a -> new Link(a.title(), Urls.article(a.id())))
        .toList();
    return new ThemePage(theme.title(), themeArticle.map(Article::summary),
        themeArticle.flatMap(a -> a.section("Wat is het")).map(TrustedHtml::of), articles);
  }
}
