package org.kennisbank.core.internal.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The compound lexicon kept up to date article by article: for every content word, how many
 * articles use it. A word enters the lexicon with its first article and leaves with its last (the
 * curated stems of {@link CompoundLexicon} never leave), so a change of one article tells exactly
 * which words the lexicon gained or lost. Not thread-safe; used under the reload lock.
 */
public final class LexiconCounts {

  /** What one article change did to the lexicon. */
  public record Delta(Set<String> gained, Set<String> lost) {
    public Delta {
      gained = Set.copyOf(gained);
      lost = Set.copyOf(lost);
    }

    public boolean isEmpty() {
      return gained.isEmpty() && lost.isEmpty();
    }

    /** Every word that came or went. */
    public Set<String> words() {
      Set<String> all = new HashSet<>(gained);
      all.addAll(lost);
      return all;
    }
  }

  private final CharArraySet curated = CompoundLexicon.curated();
  private final Map<String, Integer> articlesPerWord = new HashMap<>();

  /**
   * Replaces the words of one article: {@code before} are the words it had (empty when new),
   * {@code after} those it has now (empty when removed). Returns the words the lexicon gained or lost.
   */
  public Delta replace(Set<String> before, Set<String> after) {
    Set<String> gained = new HashSet<>();
    Set<String> lost = new HashSet<>();
    for (String word : before) {
      if (!after.contains(word) && articlesPerWord.merge(word, -1, Integer::sum) == 0) {
        articlesPerWord.remove(word);
        if (!curated.contains(word)) {
          lost.add(word);
        }
      }
    }
    for (String word : after) {
      if (!before.contains(word) && articlesPerWord.merge(word, 1, Integer::sum) == 1 && !curated.contains(word)) {
        gained.add(word);
      }
    }
    return new Delta(gained, lost);
  }

  /** A copy of the lexicon as it stands, for an analysis that must not change afterwards. */
  public CharArraySet lexicon() {
    CharArraySet lexicon = new CharArraySet(articlesPerWord.size() + curated.size(), false);
    lexicon.addAll(articlesPerWord.keySet());
    lexicon.addAll(curated);
    return lexicon;
  }
}
