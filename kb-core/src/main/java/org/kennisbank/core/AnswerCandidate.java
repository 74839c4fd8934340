package org.kennisbank.core;

import java.util.List;
import java.util.Objects;

/**
 * One article that may answer a {@link Question}, with the passage of it that answers best. Public
 * text only: the passage is a public section (or a FAQ's answer), never the internal part.
 *
 * @param section the heading of the passage ("Kosten", "Termijn"); the article title for a FAQ's
 *     answer
 * @param text the passage as plain text, no Markdown or HTML
 * @param articleScore the article's relevance score in the search (first stage)
 * @param passageScore how well the passage matches the question among the article's passages
 *     (second stage; 0 when none matched and the first section was taken)
 * @param coverage the share of the question's content words (or a synonym of them) that the
 *     article contains anywhere in its public text, 0 to 1
 * @param missing the question's content words the article does not contain, as typed
 * @param titleNamed whether the question names the article's whole title ("wat kost een paspoort"
 *     names "Paspoort"): such an article is put first among the articles the search found
 */
public record AnswerCandidate(String articleId, ArticleType type, String title, String section, String text,
    float articleScore, double passageScore, double coverage, List<String> missing, boolean titleNamed) {

  public AnswerCandidate {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(text, "text");
    if (coverage < 0 || coverage > 1) {
      throw new IllegalArgumentException("coverage must be between 0 and 1; got: " + coverage);
    }
    missing = List.copyOf(missing);
  }
}
