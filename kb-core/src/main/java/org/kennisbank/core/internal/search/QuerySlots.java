package org.kennisbank.core.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;
import org.kennisbank.core.internal.analysis.DutchAnalysis;

/**
 * A query read as a row of slots. A slot is one word, or a stretch of words that a synonym rule
 * matched, with every way of saying it: "uittreksel gba" becomes one slot with the alternatives
 * [uittreksel gba] and [uittreksel brp]. Alternatives are stems, ready to look up; {@code words}
 * keeps what the user typed (normalised), for typo tolerance and prefixes.
 */
record QuerySlots(List<Slot> slots) {

  /**
   * One place in the query.
   *
   * @param words the normalised words the user typed here
   * @param stems the stems of those words
   * @param alternatives every way of saying it, as stems, the typed one included
   */
  record Slot(List<String> words, List<String> stems, List<List<String>> alternatives) {
    boolean isSingleWord() {
      return words.size() == 1;
    }
  }

  static QuerySlots read(DutchAnalysis analysis, String text) {
    List<String> words = DutchAnalysis.terms(analysis.words(), text);
    List<Slot> slots = new ArrayList<>();
    try (TokenStream stream = analysis.query().tokenStream("", text)) {
      GraphTokenStreamFiniteStrings graph = new GraphTokenStreamFiniteStrings(stream);
      int[] points = graph.articulationPoints();
      int last = 0;
      for (int i = 0; i <= points.length; i++) {
        int start = last;
        int end = i < points.length ? points[i] : -1;
        last = end;
        Set<List<String>> alternatives = new LinkedHashSet<>();
        List<String> typed = null;
        Iterator<TokenStream> paths = graph.getFiniteStrings(start, end);
        while (paths.hasNext()) {
          Path path = path(paths.next());
          if (path.stems().isEmpty()) {
            continue;
          }
          if (path.typed() && typed == null) {
            typed = path.stems();
          }
          alternatives.add(path.stems());
        }
        if (alternatives.isEmpty()) {
          continue;
        }
        List<List<String>> list = List.copyOf(alternatives);
        int wordEnd = end < 0 ? words.size() : Math.min(end, words.size());
        List<String> typedWords = start < wordEnd ? List.copyOf(words.subList(start, wordEnd)) : List.of();
        slots.add(new Slot(typedWords, typed == null ? list.get(0) : typed, list));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new QuerySlots(List.copyOf(slots));
  }

  /** One path through a stretch of the token graph; {@code typed} when no token came from a synonym rule. */
  private record Path(List<String> stems, boolean typed) {}

  private static Path path(TokenStream stream) throws IOException {
    List<String> stems = new ArrayList<>();
    boolean typed = true;
    CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
    TypeAttribute type = stream.addAttribute(TypeAttribute.class);
    stream.reset();
    while (stream.incrementToken()) {
      stems.add(term.toString());
      typed &= !SynonymGraphFilter.TYPE_SYNONYM.equals(type.type());
    }
    stream.end();
    stream.close();
    return new Path(List.copyOf(stems), typed);
  }
}
