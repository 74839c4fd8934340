package org.kennisbank.server.website;

import java.util.List;
import java.util.Optional;
import org.kennisbank.core.Article;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.server.http.Urls;

/** What the article page shows: the public view of one article. */
public record ArticlePage(String title, String summary, List<SectionView> sections, List<Link> related,
    Optional<String> source, Optional<String> upl) {

  /** One section: its title and the library's HTML for it. */
  public record SectionView(String title, TrustedHtml body) {}

  /** The page for an article; {@code article} must be a public view. */
  static ArticlePage of(Article article, KnowledgeBase kb) {
    List<Link> related = article.related().stream()
        .flatMap(id -> kb.article(id).stream())
        .map(r -> new Link(r.title(), Urls.article(r.id())))
        .toList();
    return new ArticlePage(article.title(), article.summary(),
        article.sections().stream().map(s -> new SectionView(s.title(), TrustedHtml.of(s))).toList(),
        related,
        article.source().flatMap(Urls::externalLink),
        article.upl().flatMap(Urls::externalLink));
  }
}
