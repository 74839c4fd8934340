package org.kennisbank.core.internal.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.kennisbank.core.AnswerCandidate;
import org.kennisbank.core.AnswerCandidates;
import org.kennisbank.core.Article;
import org.kennisbank.core.Question;
import org.kennisbank.core.SearchHit;
import org.kennisbank.core.SearchRequest;
import org.kennisbank.core.SearchResult;
import org.kennisbank.core.internal.analysis.DutchAnalysis;

/**
 * Answers a question in two stages. First the article search ranks articles exactly as every
 * channel does (public channel, question mode for three or more content words), so the right
 * article wins by the same ranking the judgments measure. Then, within each of the best
 * {@value AnswerCandidates#MAX_CANDIDATES} articles, the passage that answers is chosen: the
 * section whose heading the question's intent asks for ({@link QuestionIntent}: "wat kost" →
 * {@code Kosten}), else the section that scores best on the question's words (BM25 over passages,
 * heading words counting double), else the first section. Before that, in a short question (at most
 * {@value #SHORT_QUESTION} content words) an article whose whole title the question names is put
 * first: the question says which product it is about. Coverage, the share of the question's
 * content words the article contains, is computed on the way for the caller's confidence.
 *
 * <p>Stateless apart from the generation's analysis and passages; thread-safe.
 */
public final class AnswerFinder {

  private static final double K1 = 1.2;
  private static final double B = 0.5;
  /** Hits asked from the search: enough to put a follow-up's topic first and still have alternatives. */
  private static final int SEARCH_DEPTH = 10;
  /**
   * A question of at most this many content words that names a title is about that article; in a
   * longer one a named product is often a side remark ("een geboorteakte voor mijn huwelijk").
   */
  static final int SHORT_QUESTION = 3;

  private final DutchAnalysis analysis;
  private final Passages passages;

  public AnswerFinder(DutchAnalysis analysis, Passages passages) {
    this.analysis = analysis;
    this.passages = passages;
  }

  /**
   * @param search the generation's article search (public channel)
   * @param articles the live articles by id
   */
  public AnswerCandidates find(Question question, Function<SearchRequest, SearchResult> search, Map<String, Article> articles) {
    List<QuerySlots.Slot> slots = contentSlots(question.text());
    Optional<Article> topic = question.topic().map(articles::get);
    String query = question.text();
    if (topic.isPresent()) {
      String title = topic.get().title();
      int room = SearchRequest.MAX_QUERY_LENGTH - title.length() - 1;
      query = (query.length() > room ? query.substring(0, Math.max(0, room)) : query) + " " + title;
    }
    SearchResult result = search.apply(SearchRequest.of(query).withPage(1, SEARCH_DEPTH));
    List<SearchHit> hits = new ArrayList<>(result.hits());
    List<String> ids = new ArrayList<>(hits.stream().map(SearchHit::id).toList());
    float topicScore = 0;
    if (topic.isPresent()) {
      String id = topic.get().id();
      topicScore = hits.stream().filter(hit -> hit.id().equals(id)).map(SearchHit::score).findFirst()
          .orElse(hits.isEmpty() ? 1f : hits.get(0).score());
      ids.remove(id);
      ids.addFirst(id);
    }
    Set<String> asked = new HashSet<>();
    slots.forEach(slot -> slot.alternatives().forEach(asked::addAll));
    Optional<String> named = topic.isPresent() || slots.size() > SHORT_QUESTION ? Optional.empty()
        : namedTitle(ids, articles, asked);
    named.ifPresent(id -> {
      ids.remove(id);
      ids.addFirst(id);
    });
    Optional<QuestionIntent> intent = QuestionIntent.of(question.text());
    List<AnswerCandidate> candidates = new ArrayList<>();
    for (String id : ids) {
      if (candidates.size() == AnswerCandidates.MAX_CANDIDATES) {
        break;
      }
      Optional<Passages.Entry> entry = passages.entry(id);
      if (entry.isEmpty() || entry.get().passages().isEmpty() || !articles.containsKey(id)) {
        continue;
      }
      float score = topic.isPresent() && id.equals(topic.get().id()) ? Math.max(topicScore, scoreOf(hits, id))
          : scoreOf(hits, id);
      candidates.add(candidate(entry.get(), slots, intent, score, named.filter(id::equals).isPresent()));
    }
    List<String> words = slots.stream().map(slot -> String.join(" ", slot.words())).toList();
    return new AnswerCandidates(question.text(), words, candidates, topic.isPresent());
  }

  private static float scoreOf(List<SearchHit> hits, String id) {
    return hits.stream().filter(hit -> hit.id().equals(id)).map(SearchHit::score).findFirst().orElse(0f);
  }

  /**
   * The found article whose whole title the question names (every content stem of the title is a
   * stem of the question, or of a synonym of its words): the most specific such title (most stems),
   * ties to the better ranked. "wat kost een paspoort" names "Paspoort", not "Tweede paspoort".
   */
  private Optional<String> namedTitle(List<String> ids, Map<String, Article> articles, Set<String> asked) {
    String best = null;
    int bestSize = 0;
    for (String id : ids) {
      Article article = articles.get(id);
      if (article == null) {
        continue;
      }
      Set<String> title = new HashSet<>(DutchAnalysis.terms(analysis.text(), article.title()));
      title.removeIf(stem -> DutchAnalysis.STOP_WORDS.contains(stem));
      if (!title.isEmpty() && asked.containsAll(title) && title.size() > bestSize) {
        best = id;
        bestSize = title.size();
      }
    }
    return Optional.ofNullable(best);
  }

  private AnswerCandidate candidate(Passages.Entry entry, List<QuerySlots.Slot> slots, Optional<QuestionIntent> intent,
      float articleScore, boolean titleNamed) {
    Passages.Passage best = null;
    double bestScore = 0;
    for (Passages.Passage passage : entry.passages()) {
      double score = score(passage, slots);
      if (score > bestScore) {
        best = passage;
        bestScore = score;
      }
    }
    Optional<Passages.Passage> asked = intent.flatMap(i -> entry.passages().stream()
        .filter(passage -> passage.section().equalsIgnoreCase(i.heading())).findFirst());
    if (asked.isPresent()) {
      best = asked.get();
      bestScore = score(best, slots);
    }
    if (best == null) {
      best = entry.passages().get(0);
    }
    List<String> missing = new ArrayList<>();
    for (QuerySlots.Slot slot : slots) {
      boolean covered = slot.alternatives().stream().anyMatch(stems -> entry.stems().containsAll(stems));
      if (!covered) {
        missing.add(String.join(" ", slot.words()));
      }
    }
    double coverage = slots.isEmpty() ? 0 : (double) (slots.size() - missing.size()) / slots.size();
    Article article = entry.article();
    return new AnswerCandidate(article.id(), article.type(), article.title(), best.section(), best.text(),
        articleScore, bestScore, coverage, missing, titleNamed);
  }

  /** BM25 of the question's slots over one passage; a slot scores its best alternative, heading words count double. */
  private double score(Passages.Passage passage, List<QuerySlots.Slot> slots) {
    double norm = K1 * (1 - B + B * passage.length() / passages.averageLength());
    double total = 0;
    for (QuerySlots.Slot slot : slots) {
      double best = 0;
      for (List<String> stems : slot.alternatives()) {
        double score = 0;
        for (String stem : stems) {
          int count = passage.counts().getOrDefault(stem, 0) + (passage.headingStems().contains(stem) ? 1 : 0);
          if (count > 0) {
            score += passages.idf(stem) * count * (K1 + 1) / (count + norm);
          }
        }
        best = Math.max(best, score);
      }
      total += best;
    }
    return total;
  }

  /** The question's slots without function words and question words. */
  private List<QuerySlots.Slot> contentSlots(String text) {
    return QuerySlots.read(analysis, text).slots().stream()
        .filter(slot -> !(slot.isSingleWord() && slot.alternatives().size() == 1
            && (DutchAnalysis.STOP_WORDS.contains(slot.words().get(0))
                || QueryPlanner.QUESTION_WORDS.contains(slot.words().get(0)))))
        .toList();
  }
}
