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
 * that does, taken from the content's own vocabulary (the {@code spell} field). Each look-up
 * builds a Levenshtein automaton, so only the first {@link QueryLimits#spellingWords()} unknown
 * words are looked up, and none once the budget has run out; the others stay as typed.
 */
final class SpellingSuggester {

  private final DirectSpellChecker checker = new DirectSpellChecker();
  private final int maxLookups;

  SpellingSuggester() {
    this(QueryLimits.DEFAULT_SPELLING_WORDS);
  }

  SpellingSuggester(int maxLookups) {
    this.maxLookups = maxLookups;
    checker.setMinQueryLength(4);
    checker.setMaxEdits(2);
    checker.setMinPrefix(1);
  }

  Optional<String> suggest(IndexSearcher searcher, DutchAnalysis analysis, String query) throws IOException {
    return suggest(searcher, analysis, query, QueryBudget.unlimited());
  }

  Optional<String> suggest(IndexSearcher searcher, DutchAnalysis analysis, String query, QueryBudget budget) throws IOException {
    List<String> words = DutchAnalysis.terms(analysis.words(), query);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    List<String> corrected = new ArrayList<>();
    boolean changed = false;
    int lookups = 0;
    for (String word : words) {
      Term term = new Term(Fields.SPELL, word);
      if (word.length() >= 4 && lookups < maxLookups && searcher.getIndexReader().docFreq(term) == 0 && budget.allows()) {
        lookups++;
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
