package org.kennisbank.core.internal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.kennisbank.core.internal.analysis.DutchAnalysis;

/**
 * "Bedoelde u ...?": replaces each word that does not occur in the content by the closest word
 * that does, taken from the content's own vocabulary (the {@code spell} field).
 */
final class SpellingSuggester {

  private final DirectSpellChecker checker = new DirectSpellChecker();

  SpellingSuggester() {
    checker.setMinQueryLength(4);
    checker.setMaxEdits(2);
    checker.setMinPrefix(1);
  }

  Optional<String> suggest(IndexSearcher searcher, DutchAnalysis analysis, String query) throws IOException {
    List<String> words = DutchAnalysis.terms(analysis.words(), query);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    List<String> corrected = new ArrayList<>();
    boolean changed = false;
    for (String word : words) {
      Term term = new Term(Fields.SPELL, word);
      if (word.length() >= 4 && searcher.getIndexReader().docFreq(term) == 0) {
        SuggestWord[] suggestions = checker.suggestSimilar(term, 1, searcher.getIndexReader(), SuggestMode.SUGGEST_ALWAYS);
        if (suggestions.length > 0) {
          corrected.add(suggestions[0].string);
          changed = true;
          continue;
        }
      }
      corrected.add(word);
    }
    return changed ? Optional.of(String.join(" ", corrected)) : Optional.empty();
  }
}
