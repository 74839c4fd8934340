package org.kennisbank.core.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.kennisbank.core.Channel;
import org.kennisbank.core.internal.analysis.DutchAnalysis;
import org.kennisbank.core.internal.content.BestBetsFile;

/**
 * Turns the text someone typed into a Lucene query, without ever parsing it as query syntax. The
 * choices are explained in docs/ranking.md; in short:
 *
 * <ul>
 *   <li>each {@link QuerySlots slot} (a word, or the words a synonym rule matched) becomes one
 *       clause: the best of its alternatives over the weighted fields;
 *   <li>typos are forgiven by fuzzy clauses scaled to word length, at a fraction of the weight of
 *       the exact word; the last word can be a prefix while typing;
 *   <li>most slots must match ({@link #required}); function words never need to;
 *   <li>a phrase, an exact title and the product type add to the score but are never required.
 * </ul>
 */
final class QueryPlanner {

  static final Map<String, Float> FIELD_WEIGHTS = weights();
  static final float PARTS_WEIGHT = 0.5f;
  static final float INTERNAL_WEIGHT = 0.8f;
  static final float FUZZY_FACTOR = 0.2f;
  static final float PREFIX_FACTOR = 0.6f;
  static final float SYNONYM_FACTOR = 0.9f;
  static final float PHRASE_BOOST = 2f;
  static final float EXACT_TITLE_BOOST = 8f;
  static final float PRODUCT_BOOST = 0.3f;

  private final DutchAnalysis analysis;

  QueryPlanner(DutchAnalysis analysis) {
    this.analysis = analysis;
  }

  private static Map<String, Float> weights() {
    Map<String, Float> weights = new LinkedHashMap<>();
    weights.put(Fields.TITLE, 6f);
    weights.put(Fields.KEYWORDS, 4f);
    weights.put(Fields.SUMMARY, 2.5f);
    weights.put(Fields.BODY, 1f);
    return weights;
  }

  /** What the planner made of a query. {@code query} is null when there was nothing to search for. */
  record Plan(Query query, QuerySlots slots, int requiredSlots) {}

  /**
   * @param relaxed require only one slot instead of most
   */
  Plan plan(String text, Channel channel, boolean asYouType, boolean relaxed, IndexSearcher searcher) {
    QuerySlots all = QuerySlots.read(analysis.query(), text);
    List<QuerySlots.Slot> slots = contentSlots(all.slots());
    if (slots.isEmpty()) {
      return new Plan(null, all, 0);
    }
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    int matchable = 0;
    for (int i = 0; i < slots.size(); i++) {
      boolean last = i == slots.size() - 1;
      Query clause = slotClause(slots.get(i), channel, asYouType && last);
      words.add(clause, Occur.SHOULD);
      if (countsAsWord(slots.get(i)) && count(searcher, clause) > 0) {
        matchable++;
      }
    }
    int required = relaxed ? 1 : required(Math.max(matchable, 1));
    words.setMinimumNumberShouldMatch(required);

    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(words.build(), Occur.MUST);
    Query phrase = phrase(slots);
    if (phrase != null) {
      query.add(phrase, Occur.SHOULD);
    }
    String exact = BestBetsFile.normalize(text);
    if (!exact.isEmpty()) {
      query.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(Fields.TITLE_EXACT, exact))), EXACT_TITLE_BOOST), Occur.SHOULD);
    }
    query.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(Fields.TYPE, "product"))), PRODUCT_BOOST), Occur.SHOULD);
    return new Plan(query.build(), all, required);
  }

  /** How many of n matchable slots a hit must match: all of one to three, then three quarters. */
  static int required(int matchable) {
    if (matchable <= 3) {
      return matchable;
    }
    return (int) Math.ceil(matchable * 0.75);
  }

  /** A single letter ("b", "e") is too little to require; it still adds to the score when it matches. */
  private static boolean countsAsWord(QuerySlots.Slot slot) {
    return !(slot.isSingleWord() && slot.original().get(0).length() < 2);
  }

  /** The slots without function words, unless the query has nothing else. */
  private static List<QuerySlots.Slot> contentSlots(List<QuerySlots.Slot> slots) {
    List<QuerySlots.Slot> content = slots.stream()
        .filter(slot -> !(slot.isSingleWord() && slot.alternatives().size() == 1
            && DutchAnalysis.STOP_WORDS.contains(slot.original().get(0))))
        .toList();
    return content.isEmpty() ? slots : content;
  }

  private Query slotClause(QuerySlots.Slot slot, Channel channel, boolean prefix) {
    List<Query> options = new ArrayList<>();
    for (List<String> alternative : slot.alternatives()) {
      float factor = alternative.equals(slot.original()) ? 1f : SYNONYM_FACTOR;
      List<String> stems = stems(alternative);
      if (stems.isEmpty()) {
        continue;
      }
      for (Map.Entry<String, Float> field : FIELD_WEIGHTS.entrySet()) {
        options.add(boost(allTerms(field.getKey(), stems), field.getValue() * factor));
      }
      if (channel == Channel.AGENT) {
        options.add(boost(allTerms(Fields.INTERNAL, stems), INTERNAL_WEIGHT * factor));
      }
      if (stems.size() == 1) {
        options.add(boost(new TermQuery(new Term(Fields.PARTS, stems.get(0))), PARTS_WEIGHT * factor));
        options.add(boost(new TermQuery(new Term(Fields.JOINED, stems.get(0))), PARTS_WEIGHT * factor));
      } else {
        String joined = String.join("", alternative);
        for (String stem : stems(List.of(joined))) {
          options.add(boost(new TermQuery(new Term(Fields.TITLE, stem)), FIELD_WEIGHTS.get(Fields.TITLE) * factor));
          options.add(boost(new TermQuery(new Term(Fields.KEYWORDS, stem)), FIELD_WEIGHTS.get(Fields.KEYWORDS) * factor));
          options.add(boost(new TermQuery(new Term(Fields.SUMMARY, stem)), FIELD_WEIGHTS.get(Fields.SUMMARY) * factor));
          options.add(boost(new TermQuery(new Term(Fields.BODY, stem)), factor));
          options.add(boost(new TermQuery(new Term(Fields.PARTS, stem)), PARTS_WEIGHT * factor));
        }
      }
    }
    if (slot.isSingleWord()) {
      String word = slot.original().get(0);
      int edits = TypoTolerance.maxEdits(word.length());
      if (edits > 0) {
        for (String stem : stems(List.of(word))) {
          for (Map.Entry<String, Float> field : FIELD_WEIGHTS.entrySet()) {
            options.add(boost(new FuzzyQuery(new Term(field.getKey(), stem), edits, 1, 20, true), field.getValue() * FUZZY_FACTOR));
          }
        }
      }
      if (prefix && word.length() >= 2) {
        String folded = word.replace("ij", "y");
        for (Map.Entry<String, Float> field : FIELD_WEIGHTS.entrySet()) {
          options.add(boost(new PrefixQuery(new Term(field.getKey(), folded)), field.getValue() * PREFIX_FACTOR));
        }
      }
    }
    return new DisjunctionMaxQuery(options, 0.1f);
  }

  private static Query allTerms(String field, List<String> stems) {
    if (stems.size() == 1) {
      return new TermQuery(new Term(field, stems.get(0)));
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String stem : stems) {
      all.add(new TermQuery(new Term(field, stem)), Occur.MUST);
    }
    return all.build();
  }

  private Query phrase(List<QuerySlots.Slot> slots) {
    List<String> words = slots.stream().flatMap(slot -> slot.original().stream()).toList();
    if (words.size() < 2) {
      return null;
    }
    List<String> stems = stems(words);
    BooleanQuery.Builder phrases = new BooleanQuery.Builder();
    for (String field : List.of(Fields.TITLE, Fields.SUMMARY, Fields.BODY)) {
      PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(3);
      for (String stem : stems) {
        phrase.add(new Term(field, stem));
      }
      phrases.add(boost(phrase.build(), field.equals(Fields.BODY) ? 1f : FIELD_WEIGHTS.get(field) / 2), Occur.SHOULD);
    }
    return boost(phrases.build(), PHRASE_BOOST);
  }

  private List<String> stems(List<String> words) {
    List<String> stems = new ArrayList<>();
    for (String word : words) {
      stems.addAll(DutchAnalysis.terms(analysis.text(), word));
    }
    return stems;
  }

  private static Query boost(Query query, float boost) {
    return boost == 1f ? query : new BoostQuery(query, boost);
  }

  private static int count(IndexSearcher searcher, Query query) {
    try {
      return searcher.count(query);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
