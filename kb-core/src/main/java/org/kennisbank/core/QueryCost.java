package org.kennisbank.core;

/**
 * What a search will roughly cost, estimated from the query text alone before it runs (see {@link
 * KnowledgeBase#estimateCost(SearchRequest)}): a server can hold back expensive searches so that
 * cheap ones always get through. Typo tolerance dominates the cost of a search (a Levenshtein
 * automaton per word, and one more for a spelling suggestion), so the estimate counts those words.
 *
 * @param words the content words of the query (function and question words left out)
 * @param typoTolerantWords of those, how many get typo tolerance, at most the engine's limit
 */
public record QueryCost(int words, int typoTolerantWords) {

  public QueryCost {
    if (words < 0 || typoTolerantWords < 0 || typoTolerantWords > words) {
      throw new IllegalArgumentException("need 0 <= typoTolerantWords <= words; got: " + typoTolerantWords + ", " + words);
    }
  }

  /** Words times typo-tolerant words: grows with both the number of automata and the query they widen. */
  public int units() {
    return words * typoTolerantWords;
  }
}
