package org.kennisbank.core.internal.content;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kennisbank.core.ContentProblem;

/**
 * Reads best bets: one line per query, {@code query<TAB>id[,id...]}, {@code #} for comments. The
 * query is matched after {@link #normalize(String) normalisation}; unknown ids are reported and skipped.
 */
public final class BestBetsFile {

  private BestBetsFile() {}

  public static Map<String, List<String>> parse(String text, String file, Set<String> knownIds, List<ContentProblem> problems) {
    Map<String, List<String>> bets = new LinkedHashMap<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int tab = lines[i].indexOf('\t');
      if (tab < 0) {
        problems.add(ContentProblem.error(file, i + 1, "", "expected 'query<TAB>id,id'; no tab found"));
        continue;
      }
      String query = normalize(lines[i].substring(0, tab));
      List<String> ids = Arrays.stream(lines[i].substring(tab + 1).split(","))
          .map(String::strip).filter(id -> !id.isEmpty()).toList();
      if (query.isEmpty()) {
        problems.add(ContentProblem.warning(file, i + 1, "", "the query before the tab is empty; the line is ignored"));
      }
      if (ids.isEmpty()) {
        problems.add(ContentProblem.warning(file, i + 1, query, "no article ids after the tab; the line is ignored"));
      }
      List<String> known = ids.stream().filter(knownIds::contains).toList();
      for (String id : ids) {
        if (!knownIds.contains(id)) {
          problems.add(ContentProblem.warning(file, i + 1, query, "'" + id + "' is not an article; it is skipped"));
        }
      }
      if (query.isEmpty() || known.isEmpty()) {
        continue;
      }
      if (bets.putIfAbsent(query, known) != null) {
        problems.add(ContentProblem.warning(file, i + 1, query, "this query has best bets on an earlier line; this line is ignored"));
      }
    }
    return bets;
  }

  /** Lowercase, single spaces, no surrounding punctuation: how queries are compared with best bets. */
  public static String normalize(String query) {
    return query.toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
  }
}
