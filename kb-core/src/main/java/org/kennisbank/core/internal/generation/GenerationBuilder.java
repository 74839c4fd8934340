package org.kennisbank.core.internal.generation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.index.DirectoryReader;
import org.kennisbank.core.Article;
import org.kennisbank.core.ContentChange;
import org.kennisbank.core.Section;
import org.kennisbank.core.internal.analysis.CompoundLexicon;
import org.kennisbank.core.internal.analysis.DutchAnalysis;
import org.kennisbank.core.internal.analysis.LexiconCounts;
import org.kennisbank.core.internal.content.ContentLoader;
import org.kennisbank.core.internal.content.LoadedContent;
import org.kennisbank.core.internal.search.ArticleIndex;
import org.kennisbank.core.internal.search.Passages;
import org.kennisbank.core.internal.search.QueryLimits;
import org.kennisbank.core.internal.search.SearchEngine;
import org.kennisbank.core.internal.search.Suggester;

/**
 * Builds the next generation from the previous one and newly loaded content, touching only what
 * the change reaches:
 *
 * <ul>
 *   <li>an added, changed or removed article: its index entries, and the suggester;
 *   <li>a changed popularity weight: that article's entries (the weight is indexed);
 *   <li>a changed {@code synonyms.txt}: the query analysis only (synonyms apply at query time);
 *   <li>a change of the compound lexicon: see below.
 * </ul>
 *
 * <p><b>The compound lexicon rule.</b> The lexicon is every content word (plus curated stems), and
 * the {@code parts} field of every article is split with it, so one article's new or vanished word
 * can change how another article's compounds split. {@link LexiconCounts} counts the articles per
 * word, so a change yields exactly the words the lexicon gained or lost. The splitter's output for
 * a word depends only on which of its substrings of {@value CompoundLexicon#MIN_PART} to
 * {@value DutchAnalysis#MAX_PART} letters are in the lexicon, and only words of {@value
 * DutchAnalysis#MIN_COMPOUND} letters or more are split. So an article whose parts can read
 * differently is one with such a word that contains a gained or lost word; those are found in the
 * term dictionary of the unsplit words (the {@code spell} field) and re-indexed with the new
 * lexicon, and every other article would be indexed exactly as before. Together with the index
 * merging deleted documents away (equal statistics) and ties ordered by id, a reload ranks exactly
 * as a fresh open of the same content would.
 *
 * <p>Not thread-safe: one builder per knowledge base, used under its reload lock.
 */
public final class GenerationBuilder {

  private final ArticleIndex index;
  private final QueryLimits limits;
  private final LexiconCounts lexicon = new LexiconCounts();
  private final Map<String, Set<String>> wordsById = new HashMap<>();

  public GenerationBuilder(ArticleIndex index) {
    this(index, QueryLimits.DEFAULT);
  }

  /** A builder whose generations search within {@code limits}. */
  public GenerationBuilder(ArticleIndex index, QueryLimits limits) {
    this.limits = limits;
    this.index = index;
  }

  /** A new generation and what it changed against the previous one. */
  public record Next(Generation generation, ContentChange change) {}

  /** The first generation, revision 1: every article indexed. */
  public Generation first(LoadedContent content) {
    for (Article article : content.articles()) {
      Set<String> words = lexiconWords(article);
      lexicon.replace(Set.of(), words);
      wordsById.put(article.id(), words);
    }
    DutchAnalysis analysis = analysis(content);
    index.update(analysis, content.articles(), List.of(), content.popularity());
    DirectoryReader reader = index.openReader(Optional.empty());
    return new Generation(1, content, analysis, new SearchEngine(analysis, limits), reader, new Suggester(content.articles()),
        Passages.of(content.articles(), analysis, Optional.empty()));
  }

  /** The generation after {@code previous} for this content; empty when nothing changed. */
  public Optional<Next> next(Generation previous, LoadedContent content) {
    if (content.equals(previous.content())) {
      return Optional.empty();
    }
    boolean synonymsChanged = !content.synonyms().equals(previous.content().synonyms());
    if (synonymsChanged) {
      // Fails on a rule that does not parse before anything is touched: the previous generation stays.
      new DutchAnalysis(CharArraySet.EMPTY_SET, content.synonyms(), ContentLoader.SYNONYMS_FILE);
    }
    Map<String, Article> before = previous.articles();
    Map<String, Article> after = new HashMap<>();
    content.articles().forEach(article -> after.put(article.id(), article));
    List<String> added = after.keySet().stream().filter(id -> !before.containsKey(id)).toList();
    List<String> removed = before.keySet().stream().filter(id -> !after.containsKey(id)).toList();
    List<String> changed = after.keySet().stream()
        .filter(id -> before.containsKey(id) && before.get(id) != after.get(id) && !before.get(id).equals(after.get(id))).toList();

    Set<String> lexiconWords = new HashSet<>();
    for (String id : removed) {
      lexiconWords.addAll(lexicon.replace(wordsById.remove(id), Set.of()).words());
    }
    for (String id : Stream.concat(added.stream(), changed.stream()).toList()) {
      Set<String> words = lexiconWords(after.get(id));
      lexiconWords.addAll(lexicon.replace(wordsById.getOrDefault(id, Set.of()), words).words());
      wordsById.put(id, words);
    }
    DutchAnalysis analysis = lexiconWords.isEmpty() && !synonymsChanged ? previous.analysis() : analysis(content);

    Set<String> reindex = new HashSet<>(added);
    reindex.addAll(changed);
    after.keySet().stream()
        .filter(id -> !Objects.equals(content.popularity().get(id), previous.content().popularity().get(id)))
        .forEach(reindex::add);
    reindex.addAll(ArticleIndex.idsWithCompoundsContaining(previous.reader(), lexiconWords));
    reindex.retainAll(after.keySet());
    List<Article> put = new ArrayList<>();
    reindex.forEach(id -> put.add(after.get(id)));
    index.update(analysis, put, removed, content.popularity());
    DirectoryReader reader = index.openReader(Optional.of(previous.reader()));

    boolean articlesChanged = !added.isEmpty() || !removed.isEmpty() || !changed.isEmpty();
    Suggester suggester = articlesChanged ? new Suggester(content.articles(), previous.suggester()) : previous.suggester();
    long revision = previous.revision() + 1;
    boolean bestBetsChanged = !content.bestBets().equals(previous.content().bestBets())
        || !content.popularity().equals(previous.content().popularity());
    Passages passages = articlesChanged ? Passages.of(content.articles(), analysis, Optional.of(previous.passages())) : previous.passages();
    Generation next = new Generation(revision, content, analysis, new SearchEngine(analysis, limits), reader, suggester, passages);
    return Optional.of(new Next(next, new ContentChange(revision, added, changed, removed, synonymsChanged, bestBetsChanged)));
  }

  private DutchAnalysis analysis(LoadedContent content) {
    return new DutchAnalysis(lexicon.lexicon(), content.synonyms(), ContentLoader.SYNONYMS_FILE);
  }

  /** The texts of an article that feed the compound lexicon. */
  private static Set<String> lexiconWords(Article article) {
    List<String> texts = Stream.concat(
            Stream.of(article.title(), article.summary(), String.join(" ", article.keywords())),
            article.sections().stream().map(Section::markdown))
        .toList();
    return CompoundLexicon.words(texts);
  }
}
