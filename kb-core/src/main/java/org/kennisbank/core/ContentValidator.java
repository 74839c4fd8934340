package org.kennisbank.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kennisbank.core.internal.analysis.SynonymRules;
import org.kennisbank.core.internal.content.ArticleParser;
import org.kennisbank.core.internal.content.BestBetsFile;
import org.kennisbank.core.internal.content.ContentRules;

/**
 * The rules for one piece of content, as loading applies them: an article file, the synonym rules
 * and the best bets. Loading, {@code ./kb validate} and an editor's save all use these, so a text
 * that passes here loads. Each problem names the file, the line and the field. Checks that need
 * the whole content (links that resolve, ids used twice) are made when the content is loaded and
 * reported by {@link KnowledgeBase#problems()}. Thread-safe; stateless.
 */
public final class ContentValidator {

  private static final ArticleParser PARSER = new ArticleParser();

  private ContentValidator() {}

  /**
   * Checks one article file. An {@link ContentProblem.Severity#ERROR} means loading would leave the
   * article out.
   *
   * @param file the file name relative to the content root, such as {@code articles/products/paspoort.md};
   *     the article id must equal its base name
   * @param markdownText the whole file: front matter and body
   */
  public static List<ContentProblem> validateArticle(String file, String markdownText) {
    return PARSER.parse(Objects.requireNonNull(file, "file"), Objects.requireNonNull(markdownText, "markdownText")).problems();
  }

  /**
   * Checks synonym rules (Solr format) line by line, stricter than the parser that applies them:
   * a rule with an empty side or term, or an equivalence of one term, is an error on its line.
   */
  public static List<ContentProblem> validateSynonyms(String file, String rules) {
    return SynonymRules.problems(Objects.requireNonNull(rules, "rules"), Objects.requireNonNull(file, "file"));
  }

  /**
   * Checks best bets ({@code query<TAB>id,id} per line) against the ids of the articles they may
   * pin; unknown ids are warnings, as in loading.
   */
  public static List<ContentProblem> validateBestBets(String file, String text, Set<String> articleIds) {
    List<ContentProblem> problems = new ArrayList<>();
    BestBetsFile.parse(Objects.requireNonNull(text, "text"), Objects.requireNonNull(file, "file"), Set.copyOf(articleIds), problems);
    return List.copyOf(problems);
  }

  /**
   * Whether a Markdown line looks like an attempt to start the internal part ({@code ## Intern}
   * itself included). Such a line anywhere before the marker is an error; tools that write
   * articles (the FAQ importer) rename headings for which this holds.
   */
  public static boolean resemblesInternalMarker(String line) {
    return ContentRules.resemblesInternalMarker(Objects.requireNonNull(line, "line"));
  }
}
