package org.kennisbank.core.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.kennisbank.core.Channel;
import org.kennisbank.core.QueryCost;
import org.kennisbank.core.internal.analysis.DutchAnalysis;
import org.kennisbank.core.internal.content.BestBetsFile;

/**
 * Turns the text someone typed into a Lucene query, without ever parsing it as query syntax. The
 * choices are explained in docs/ranking.md; in short:
 *
 * <ul>
 *   <li>each {@link QuerySlots slot} (a word, or the words a synonym rule matched) becomes one
 *       clause: the best of its alternatives over the weighted fields;
 *   <li>typos are forgiven by fuzzy clauses scaled to word length; hits are tiered by how many
 *       query words they contain exactly, so a typo match never outranks an exact one; while
 *       typing, the last word can be a prefix, and so can earlier words at a lower weight;
 *   <li>most distinctive slots must match ({@link #required}); function words, question words
 *       and words that most articles contain never need to; a query of three or more content
 *       words is read as a question ({@link #QUESTION_FROM});
 *   <li>a phrase, an exact title and a plain sum over the whole text add to the score but are
 *       never required;
 *   <li>the score is multiplied by the article type's weight: products first, theme pages last.
 * </ul>
 */
final class QueryPlanner {

  static final Map<String, Float> FIELD_WEIGHTS = weights();
  static final float PARTS_WEIGHT = 0.5f;
  static final float INTERNAL_WEIGHT = 0.8f;
  static final float FUZZY_FACTOR = 0.4f;
  static final double COMMON_SHARE = 0.15;
  /** Below this many articles a word's spread says little, so no word counts as common. */
  static final int MIN_DOCUMENTS_FOR_COMMON = 50;
  static final float PREFIX_FACTOR = 0.6f;
  /**
   * While typing, agents abbreviate every word ("verh doorg"), not only the last: an earlier word
   * of three letters or more may be a prefix too, below the last word's prefix weight, so that a
   * whole word still beats the same letters as a prefix.
   */
  static final float EARLIER_PREFIX_FACTOR = 0.4f;
  static final float SYNONYM_FACTOR = 0.9f;
  static final float PHRASE_BOOST = 2f;
  static final float EXACT_TITLE_BOOST = 8f;
  /** A plain sum over the whole text, as BM25 on one field would give: it adds term frequency across fields, which long questions need. */
  static final float ALL_WEIGHT = 1f;
  /**
   * From this many content words on, a query is read as a question ("hoe lang duurt een
   * paspoort aanvragen"): one distinctive word is enough to match, there are no exact-word tiers,
   * and the whole-text sum weighs {@link #QUESTION_ALL_WEIGHT}: answers word a question's verbs
   * differently, so how much an article is about all the words counts more than which words it
   * repeats exactly.
   */
  static final int QUESTION_FROM = 3;
  static final float QUESTION_ALL_WEIGHT = 6f;
  /**
   * Added once for every query word a hit contains as written (or as a synonym), anywhere in its
   * text: far above any relevance score, so hits with more exact words come first and a typo match
   * never outranks an exact one. Relevance orders the hits within a tier.
   */
  static final float EXACT_WORD_TIER = 100f;
  /** Words that make a question a question; like function words, a hit need not contain them. */
  static final Set<String> QUESTION_WORDS = Set.of("hoe", "waar", "wanneer", "waarom", "welke", "welk",
      "mag", "mogen", "moet", "moeten", "kun", "kunt", "kunnen", "ik", "we", "wij", "onze", "jullie",
      "word", "krijg", "krijgen", "doe", "gaat", "gaan", "graag", "willen", "wilt", "nodig", "regel",
      "regelen", "vind", "vinden", "iemand", "kom", "komt", "komen", "ga", "zit", "zitten", "staat",
      "laat", "laten", "maak", "maken", "mee", "wel", "please", "how", "what", "where", "can", "do", "my", "the",
      "a", "an", "to", "for", "of", "is", "i");

  private final DutchAnalysis analysis;
  private final QueryLimits limits;
  private final FuzzyExpander fuzzy = new FuzzyExpander();

  QueryPlanner(DutchAnalysis analysis) {
    this(analysis, QueryLimits.DEFAULT);
  }

  QueryPlanner(DutchAnalysis analysis, QueryLimits limits) {
    this.analysis = analysis;
    this.limits = limits;
  }

  private static Map<String, Float> weights() {
    Map<String, Float> weights = new LinkedHashMap<>();
    weights.put(Fields.TITLE, 4f);
    weights.put(Fields.KEYWORDS, 4f);
    weights.put(Fields.SUMMARY, 2.5f);
    weights.put(Fields.QUESTIONS, 2f);
    weights.put(Fields.BODY, 1f);
    return weights;
  }

  /**
   * What the planner made of a query: the query that requires most distinctive words, and the
   * same query requiring only one of them, to fill a page when the strict one finds too few.
   * Both are null when there was nothing to search for; {@code loose} is null when the strict
   * query already requires no more than one word. {@code typoTolerantWords} and
   * {@code expansions} say how much fuzzy work went in (bounded by {@link QueryLimits}).
   */
  record Plan(Query strict, Query loose, int requiredSlots, int typoTolerantWords, int expansions) {
    static final Plan EMPTY = new Plan(null, null, 0, 0, 0);
  }

  /**
   * What is left of a query's typo allowance while its slots are planned: words and expansions by
   * {@link QueryLimits}, time by the budget. Words past the limits match as written.
   */
  private final class Allowance {
    private final QueryBudget budget;
    private int words;
    private int expansions;

    Allowance(QueryBudget budget) {
      this.budget = budget;
    }

    boolean nextWord() {
      if (words >= limits.typoTolerantWords() || expansions >= limits.expansions() || !budget.allows()) {
        return false;
      }
      words++;
      return true;
    }

    boolean nextExpansion() {
      if (expansions >= limits.expansions()) {
        return false;
      }
      expansions++;
      return true;
    }
  }

  /** The parts of a planned query, built once and assembled with different requirements. */
  private record Parts(List<Query> distinctive, List<Query> common, List<Query> optional, List<Query> scoring) {}

  Plan plan(String text, Channel channel, boolean asYouType, IndexSearcher searcher) {
    return plan(text, channel, asYouType, searcher, QueryBudget.unlimited());
  }

  /** As {@link #plan(String, Channel, boolean, IndexSearcher)}; typo expansions stop when the budget runs out. */
  Plan plan(String text, Channel channel, boolean asYouType, IndexSearcher searcher, QueryBudget budget) {
    Allowance allowance = new Allowance(budget);
    List<QuerySlots.Slot> slots = joinCompounds(contentSlots(QuerySlots.read(analysis, text).slots()), searcher);
    if (slots.isEmpty()) {
      return Plan.EMPTY;
    }
    boolean question = slots.size() >= QUESTION_FROM;
    int documents = Math.max(1, searcher.getIndexReader().numDocs());
    List<Query> distinctive = new ArrayList<>();
    List<Query> common = new ArrayList<>();
    List<Query> optional = new ArrayList<>();
    List<Query> scoring = new ArrayList<>();
    Query rarest = null;
    int rarestMatches = Integer.MAX_VALUE;
    for (int i = 0; i < slots.size(); i++) {
      boolean last = i == slots.size() - 1;
      float prefixFactor = !asYouType ? 0f : last ? PREFIX_FACTOR : EARLIER_PREFIX_FACTOR;
      Query clause = slotClause(slots.get(i), channel, prefixFactor, searcher, allowance);
      Query exact = exactClause(slots.get(i), channel);
      int matches = countsAsWord(slots.get(i)) ? count(searcher, exact) : 0;
      if (matches == 0) {
        optional.add(clause);
      } else if (documents < MIN_DOCUMENTS_FOR_COMMON || matches <= documents * COMMON_SHARE) {
        distinctive.add(clause);
        if (!question) {
          scoring.add(new BoostQuery(new ConstantScoreQuery(exact), EXACT_WORD_TIER));
        }
      } else {
        common.add(clause);
        if (matches < rarestMatches) {
          rarest = clause;
          rarestMatches = matches;
        }
      }
    }
    if (distinctive.isEmpty() && rarest != null) {
      common.remove(rarest);
      distinctive.add(rarest);
    }
    BooleanQuery.Builder whole = new BooleanQuery.Builder();
    slots.forEach(slot -> slot.stems().forEach(stem -> whole.add(new TermQuery(new Term(Fields.ALL, stem)), Occur.SHOULD)));
    scoring.add(boost(whole.build(), question ? QUESTION_ALL_WEIGHT : ALL_WEIGHT));
    Query phrase = phrase(slots);
    if (phrase != null) {
      scoring.add(phrase);
    }
    String exact = BestBetsFile.normalize(text);
    if (!exact.isEmpty()) {
      scoring.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(Fields.TITLE_EXACT, exact))), EXACT_TITLE_BOOST));
    }
    Parts parts = new Parts(distinctive, common, optional, scoring);
    int required = distinctive.isEmpty() ? 0 : question ? 1 : required(distinctive.size());
    return new Plan(assemble(parts, required), required > 1 ? assemble(parts, 1) : null, required,
        allowance.words, allowance.expansions);
  }

  /**
   * The cost of planning and running {@code text}, from its analysis alone (no index access): its
   * content words and how many of them will get typo tolerance within the limits.
   */
  QueryCost estimate(String text) {
    List<QuerySlots.Slot> slots = contentSlots(QuerySlots.read(analysis, text).slots());
    int typoTolerant = 0;
    for (QuerySlots.Slot slot : slots) {
      if (slot.isSingleWord() && slot.stems().size() == 1
          && TypoTolerance.maxEdits(Math.min(slot.words().get(0).length(), slot.stems().get(0).length())) > 0) {
        typoTolerant++;
      }
    }
    return new QueryCost(slots.size(), Math.min(typoTolerant, limits.typoTolerantWords()));
  }

  /** The query of the parts that needs {@code required} distinctive words, weighted by article type. */
  private static Query assemble(Parts parts, int required) {
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    if (parts.distinctive().isEmpty()) {
      parts.optional().forEach(clause -> words.add(clause, Occur.SHOULD));
      words.setMinimumNumberShouldMatch(1);
    } else {
      BooleanQuery.Builder must = new BooleanQuery.Builder();
      parts.distinctive().forEach(clause -> must.add(clause, Occur.SHOULD));
      must.setMinimumNumberShouldMatch(required);
      words.add(must.build(), Occur.MUST);
      parts.common().forEach(clause -> words.add(clause, Occur.SHOULD));
      parts.optional().forEach(clause -> words.add(clause, Occur.SHOULD));
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(words.build(), Occur.MUST);
    parts.scoring().forEach(clause -> query.add(clause, Occur.SHOULD));
    return FunctionScoreQuery.boostByValue(query.build(), DoubleValuesSource.fromFloatField(Fields.TYPE_WEIGHT));
  }

  /**
   * How many of n distinctive slots a hit must match: all of one or two, then three in five. A
   * slot is common when more than {@link #COMMON_SHARE} of all articles match it ("aanvragen",
   * "kosten", "duurt"): a hit need not contain it, but scores higher when it does. When every slot
   * is common, the rarest one is required. Slots whose words occur nowhere as written (typos,
   * words found only inside compounds) and single letters are never required, so one unknown
   * word does not empty the result; they still count through their fuzzy and compound matches.
   */
  static int required(int matchable) {
    if (matchable <= 2) {
      return matchable;
    }
    return (int) Math.ceil(matchable * 0.6);
  }

  /** A single letter ("b", "e") is too little to require; it still adds to the score when it matches. */
  private static boolean countsAsWord(QuerySlots.Slot slot) {
    return !(slot.isSingleWord() && slot.words().get(0).length() < 2);
  }

  /** The slots without function words and question words, unless the query has nothing else. */
  private static List<QuerySlots.Slot> contentSlots(List<QuerySlots.Slot> slots) {
    List<QuerySlots.Slot> content = slots.stream()
        .filter(slot -> !(slot.isSingleWord() && slot.alternatives().size() == 1
            && (DutchAnalysis.STOP_WORDS.contains(slot.words().get(0)) || QUESTION_WORDS.contains(slot.words().get(0)))))
        .toList();
    return content.isEmpty() ? slots : content;
  }

  /**
   * Two adjacent words that the content writes as one ("kiezers pas", "grof vuil") become one slot
   * that the compound or the two words may fill.
   */
  private List<QuerySlots.Slot> joinCompounds(List<QuerySlots.Slot> slots, IndexSearcher searcher) {
    List<QuerySlots.Slot> joined = new ArrayList<>();
    for (int i = 0; i < slots.size(); i++) {
      QuerySlots.Slot slot = slots.get(i);
      if (i + 1 < slots.size() && slot.isSingleWord() && slots.get(i + 1).isSingleWord()) {
        QuerySlots.Slot next = slots.get(i + 1);
        List<String> compound = compoundOf(slot.words().get(0), next.words().get(0), searcher);
        if (!compound.isEmpty()) {
          List<List<String>> alternatives = new ArrayList<>();
          alternatives.add(List.of(slot.stems().get(0), next.stems().get(0)));
          alternatives.add(compound);
          joined.add(new QuerySlots.Slot(List.of(slot.words().get(0), next.words().get(0)), alternatives.get(0), alternatives));
          i++;
          continue;
        }
      }
      joined.add(slot);
    }
    return joined;
  }

  /**
   * The stem of the compound the two words form in the content, trying the Dutch linking sounds
   * too ("hond" + "belasting" is "hondenbelasting", "geboorte" + "akte" is "geboorteakte"); empty
   * when the content has no such word.
   */
  private List<String> compoundOf(String first, String second, IndexSearcher searcher) {
    for (String link : List.of("", "s", "en")) {
      List<String> compound = DutchAnalysis.terms(analysis.text(), first + link + second);
      if (compound.size() == 1 && existsInText(searcher, compound.get(0))) {
        return compound;
      }
    }
    return List.of();
  }

  private static boolean existsInText(IndexSearcher searcher, String stem) {
    try {
      for (String field : List.of(Fields.TITLE, Fields.KEYWORDS, Fields.SUMMARY, Fields.BODY)) {
        if (searcher.getIndexReader().docFreq(new Term(field, stem)) > 0) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Query slotClause(QuerySlots.Slot slot, Channel channel, float prefixFactor, IndexSearcher searcher, Allowance allowance) {
    List<Query> options = new ArrayList<>();
    for (List<String> alternative : slot.alternatives()) {
      float factor = alternative.equals(slot.stems()) ? 1f : SYNONYM_FACTOR;
      for (Map.Entry<String, Float> field : FIELD_WEIGHTS.entrySet()) {
        options.add(boost(allTerms(field.getKey(), alternative), field.getValue() * factor));
      }
      if (channel == Channel.AGENT) {
        options.add(boost(allTerms(Fields.INTERNAL, alternative), INTERNAL_WEIGHT * factor));
      }
      if (alternative.size() == 1) {
        options.add(boost(new TermQuery(new Term(Fields.PARTS, alternative.get(0))), PARTS_WEIGHT * factor));
        options.add(boost(new TermQuery(new Term(Fields.JOINED, alternative.get(0))), PARTS_WEIGHT * factor));
      }
    }
    if (slot.isSingleWord() && slot.stems().size() == 1) {
      String word = slot.words().get(0);
      String stem = slot.stems().get(0);
      // The stem decides, not the typed word: "kaarten!!!" is long, its stem "kaart" is not.
      int edits = TypoTolerance.maxEdits(Math.min(word.length(), stem.length()));
      if (edits > 0 && allowance.nextWord()) {
        Map<String, List<FuzzyExpander.Neighbour>> near =
            fuzzy.neighbours(searcher.getIndexReader(), FIELD_WEIGHTS.keySet(), stem, edits);
        for (Map.Entry<String, Float> field : FIELD_WEIGHTS.entrySet()) {
          for (FuzzyExpander.Neighbour neighbour : near.get(field.getKey())) {
            if (!allowance.nextExpansion()) {
              break;
            }
            float closeness = Math.max(0.1f, 1f - (float) neighbour.edits() / stem.length());
            options.add(boost(new TermQuery(new Term(field.getKey(), neighbour.term())), field.getValue() * FUZZY_FACTOR * closeness));
          }
        }
      }
      int shortestPrefix = prefixFactor == PREFIX_FACTOR ? 2 : 3;
      if (prefixFactor > 0 && word.length() >= shortestPrefix) {
        String folded = word.replace("ij", "y");
        for (Map.Entry<String, Float> field : FIELD_WEIGHTS.entrySet()) {
          options.add(boost(new PrefixQuery(new Term(field.getKey(), folded)), field.getValue() * prefixFactor));
        }
      }
    }
    return new DisjunctionMaxQuery(options, 0.1f);
  }

  /** The slot's words as written or as a synonym, in the text fields only: how widespread the word itself is. */
  private static Query exactClause(QuerySlots.Slot slot, Channel channel) {
    List<Query> options = new ArrayList<>();
    for (List<String> alternative : slot.alternatives()) {
      for (String field : FIELD_WEIGHTS.keySet()) {
        options.add(allTerms(field, alternative));
      }
      if (channel == Channel.AGENT) {
        options.add(allTerms(Fields.INTERNAL, alternative));
      }
    }
    return new DisjunctionMaxQuery(options, 0f);
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
    List<String> stems = slots.stream().flatMap(slot -> slot.stems().stream()).toList();
    if (stems.size() < 2) {
      return null;
    }
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
