package org.kennisbank.core.internal.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.kennisbank.core.Article;
import org.kennisbank.core.ArticleType;
import org.kennisbank.core.Section;
import org.kennisbank.core.internal.analysis.DutchAnalysis;
import org.kennisbank.core.internal.content.MarkdownBody;

/**
 * The passages of the articles: every public section under its heading, and for a FAQ its answer
 * (the summary, under the article's title) as well. Never the internal part: it is not read here.
 * Each passage is kept with its stems (the same {@link DutchAnalysis#text()} chain as the index), so
 * that {@link AnswerFinder} can score passages of the articles the search found, and each article
 * with the set of all its public stems, for how much of a question it covers.
 *
 * <p>Small on purpose: a few thousand short texts, held in maps. Built per generation; an article
 * that did not change keeps its entry from the previous generation (the text chain does not depend
 * on synonyms or the compound lexicon). Immutable and thread-safe.
 */
public final class Passages {

  /** One passage: where it comes from and its stems with their counts. */
  record Passage(String articleId, String section, String text, Map<String, Integer> counts, int length,
      Set<String> headingStems) {}

  /** An article's passages, the public stems of the whole article, and the article they were read from. */
  record Entry(Article article, List<Passage> passages, Set<String> stems) {}

  private final Map<String, Entry> entries;
  private final Map<String, Integer> documentFrequency;
  private final int passageCount;
  private final double averageLength;

  private Passages(Map<String, Entry> entries) {
    this.entries = Map.copyOf(entries);
    Map<String, Integer> frequency = new HashMap<>();
    long length = 0;
    int count = 0;
    for (Entry entry : entries.values()) {
      for (Passage passage : entry.passages()) {
        passage.counts().keySet().forEach(stem -> frequency.merge(stem, 1, Integer::sum));
        length += passage.length();
        count++;
      }
    }
    this.documentFrequency = Map.copyOf(frequency);
    this.passageCount = count;
    this.averageLength = count == 0 ? 1 : Math.max(1, (double) length / count);
  }

  /** The passages of {@code articles}; entries of {@code previous} are reused for unchanged articles. */
  public static Passages of(Collection<Article> articles, DutchAnalysis analysis, Optional<Passages> previous) {
    Map<String, Entry> entries = new HashMap<>();
    for (Article article : articles) {
      Entry before = previous.map(p -> p.entries.get(article.id())).orElse(null);
      entries.put(article.id(), before != null && before.article().equals(article) ? before : entry(article, analysis));
    }
    return new Passages(entries);
  }

  Optional<Entry> entry(String articleId) {
    return Optional.ofNullable(entries.get(articleId));
  }

  /** Inverse passage frequency of a stem, BM25 style; 0 for a stem no passage has. */
  double idf(String stem) {
    int frequency = documentFrequency.getOrDefault(stem, 0);
    if (frequency == 0) {
      return 0;
    }
    return Math.log(1 + (passageCount - frequency + 0.5) / (frequency + 0.5));
  }

  double averageLength() {
    return averageLength;
  }

  private static Entry entry(Article article, DutchAnalysis analysis) {
    Article visible = article.publicView();
    List<Passage> passages = new ArrayList<>();
    if (visible.type() == ArticleType.FAQ && !visible.summary().isBlank()) {
      passages.add(passage(visible.id(), visible.title(), visible.summary(), analysis));
    }
    for (Section section : visible.sections()) {
      String text = MarkdownBody.toPlainText(section.markdown());
      if (!text.isBlank()) {
        passages.add(passage(visible.id(), section.title(), text, analysis));
      }
    }
    Set<String> stems = new HashSet<>();
    Stream.concat(Stream.of(visible.title(), visible.summary(), visible.id().replace('-', ' ')),
            Stream.concat(visible.keywords().stream(), visible.questions().stream()))
        .forEach(text -> stems.addAll(DutchAnalysis.terms(analysis.text(), text)));
    passages.forEach(passage -> stems.addAll(passage.counts().keySet()));
    passages.forEach(passage -> stems.addAll(passage.headingStems()));
    return new Entry(article, List.copyOf(passages), Set.copyOf(stems));
  }

  private static Passage passage(String articleId, String heading, String text, DutchAnalysis analysis) {
    List<String> terms = DutchAnalysis.terms(analysis.text(), text);
    Map<String, Integer> counts = new HashMap<>();
    terms.forEach(term -> counts.merge(term, 1, Integer::sum));
    Set<String> headingStems = Set.copyOf(DutchAnalysis.terms(analysis.text(), heading));
    return new Passage(articleId, heading, text, Map.copyOf(counts), terms.size(), headingStems);
  }
}
