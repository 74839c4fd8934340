package org.kennisbank.core.internal.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * Finds the indexed words within a few edits of a typed word, once per word and index version:
 * one Levenshtein automaton, intersected with each field's terms. The words found become plain
 * term clauses, so a typo costs a dictionary walk, not an automaton per field per search.
 * Thread-safe.
 */
final class FuzzyExpander {

  /** An indexed word close to the typed one, and how many edits away it is. */
  record Neighbour(String term, int edits) {}

  private record Key(Object readerVersion, String stem, int maxEdits) {}

  private static final int MAX_NEIGHBOURS = 8;
  private final Cache<Key, Map<String, List<Neighbour>>> cache = Caffeine.newBuilder().maximumSize(20_000).build();

  /** The neighbours of {@code stem} per field, closest first, at most {@value #MAX_NEIGHBOURS} per field. */
  Map<String, List<Neighbour>> neighbours(IndexReader reader, Iterable<String> fields, String stem, int maxEdits) {
    Key key = new Key(reader.getReaderCacheHelper() == null ? reader : reader.getReaderCacheHelper().getKey(), stem, maxEdits);
    return cache.get(key, k -> compute(reader, fields, stem, maxEdits));
  }

  private static Map<String, List<Neighbour>> compute(IndexReader reader, Iterable<String> fields, String stem, int maxEdits) {
    CompiledAutomaton automaton = FuzzyQuery.getFuzzyAutomaton(stem, maxEdits, 1, true);
    Map<String, List<Neighbour>> byField = new LinkedHashMap<>();
    try {
      for (String field : fields) {
        Map<String, Integer> found = new LinkedHashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
          Terms terms = leaf.reader().terms(field);
          if (terms == null) {
            continue;
          }
          TermsEnum matches = automaton.getTermsEnum(terms);
          for (BytesRef term = matches.next(); term != null; term = matches.next()) {
            String text = term.utf8ToString();
            if (!text.equals(stem)) {
              found.putIfAbsent(text, distance(stem, text));
            }
          }
        }
        List<Neighbour> list = new ArrayList<>();
        found.forEach((term, edits) -> list.add(new Neighbour(term, edits)));
        list.sort(Comparator.comparingInt(Neighbour::edits).thenComparing(Neighbour::term));
        byField.put(field, List.copyOf(list.subList(0, Math.min(MAX_NEIGHBOURS, list.size()))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return byField;
  }

  /** Damerau-Levenshtein distance (adjacent transpositions count as one edit), as the automaton measures. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
