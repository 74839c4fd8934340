package org.kennisbank.core.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;

/**
 * A query read as a row of slots. A slot is one word, or a stretch of words that a synonym rule
 * matched, with every way of saying it: "uittreksel gba" becomes one slot with the alternatives
 * [uittreksel gba] and [uittreksel brp]. Words are normalised but not stemmed.
 */
record QuerySlots(List<Slot> slots) {

  /** One place in the query and its alternatives; {@code original} is how the user wrote it. */
  record Slot(List<String> original, List<List<String>> alternatives) {
    boolean isSingleWord() {
      return original.size() == 1;
    }
  }

  static QuerySlots read(Analyzer queryAnalyzer, String text) {
    List<Slot> slots = new ArrayList<>();
    try (TokenStream stream = queryAnalyzer.tokenStream("", text)) {
      GraphTokenStreamFiniteStrings graph = new GraphTokenStreamFiniteStrings(stream);
      int[] points = graph.articulationPoints();
      int last = 0;
      for (int i = 0; i <= points.length; i++) {
        int start = last;
        int end = i < points.length ? points[i] : -1;
        last = end;
        Set<List<String>> alternatives = new LinkedHashSet<>();
        List<String> original = null;
        Iterator<TokenStream> paths = graph.getFiniteStrings(start, end);
        while (paths.hasNext()) {
          Path path = path(paths.next());
          if (path.words().isEmpty()) {
            continue;
          }
          if (path.original() && original == null) {
            original = path.words();
          }
          alternatives.add(path.words());
        }
        if (!alternatives.isEmpty()) {
          List<List<String>> list = List.copyOf(alternatives);
          slots.add(new Slot(original == null ? list.get(0) : original, list));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new QuerySlots(List.copyOf(slots));
  }

  private record Path(List<String> words, boolean original) {}

  private static Path path(TokenStream stream) throws IOException {
    List<String> words = new ArrayList<>();
    boolean original = true;
    CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
    TypeAttribute type = stream.addAttribute(TypeAttribute.class);
    stream.reset();
    while (stream.incrementToken()) {
      words.add(term.toString());
      original &= !SynonymGraphFilter.TYPE_SYNONYM.equals(type.type());
    }
    stream.end();
    stream.close();
    return new Path(List.copyOf(words), original);
  }
}
