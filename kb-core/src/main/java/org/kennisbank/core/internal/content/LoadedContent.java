package org.kennisbank.core.internal.content;

import java.util.List;
import java.util.Map;
import org.kennisbank.core.Article;
import org.kennisbank.core.ContentProblem;

/**
 * Everything read from one content root: the articles that loaded, every problem found, the
 * synonym rules as text (Solr format) and the editors' best bets.
 *
 * @param bestBets normalised query to the ids pinned for it, in order
 * @param popularity article id to the weight that multiplies its relevance; absent means 1
 */
public record LoadedContent(
    String origin,
    List<Article> articles,
    List<ContentProblem> problems,
    String synonyms,
    Map<String, List<String>> bestBets,
    Map<String, Float> popularity) {

  public LoadedContent {
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
    bestBets = Map.copyOf(bestBets);
    popularity = Map.copyOf(popularity);
  }
}
