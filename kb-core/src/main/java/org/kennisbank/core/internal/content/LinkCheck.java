package org.kennisbank.core.internal.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kennisbank.core.Article;
import org.kennisbank.core.ContentProblem;

/** Checks that {@code related} ids and {@code kb:} links point at articles that loaded. */
final class LinkCheck {

  private LinkCheck() {}

  static List<ContentProblem> check(List<Article> articles, Map<String, Set<String>> linksByFile) {
    Set<String> ids = articles.stream().map(Article::id).collect(Collectors.toSet());
    List<ContentProblem> problems = new ArrayList<>();
    for (Article article : articles) {
      for (String related : article.related()) {
        if (!ids.contains(related)) {
          problems.add(ContentProblem.warning(article.file(), 0, "related", "'" + related + "' is not an article in this knowledge base"));
        }
        if (related.equals(article.id())) {
          problems.add(ContentProblem.warning(article.file(), 0, "related", "an article should not be related to itself"));
        }
      }
      for (String link : linksByFile.getOrDefault(article.file(), Set.of())) {
        if (!ids.contains(link)) {
          problems.add(ContentProblem.warning(article.file(), 0, "body", "link 'kb:" + link + "' does not point at an article in this knowledge base"));
        }
      }
    }
    return problems;
  }
}
