package org.kennisbank.core.internal.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.kennisbank.core.Article;
import org.kennisbank.core.ArticleType;
import org.kennisbank.core.Audience;
import org.kennisbank.core.KbException;
import org.kennisbank.core.Section;
import org.kennisbank.core.internal.analysis.DutchAnalysis;
import org.kennisbank.core.internal.content.BestBetsFile;
import org.kennisbank.core.internal.content.MarkdownBody;

/**
 * The Lucene index of the articles, in memory: derived from the content and rebuilt from it at
 * every start. Writes go through one {@link IndexWriter}; reads through a {@link SearcherManager},
 * so an article put or removed is searchable after {@link #refresh()} without a restart.
 *
 * <p>Usage of a searcher: {@code acquire()}, use it in a {@code try}, {@code release()} in {@code
 * finally}. Thread-safe.
 */
public final class ArticleIndex implements Closeable {

  private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  /**
   * BM25 with a softer length normalisation than Lucene's default (b = 0.75): articles differ in
   * length mostly by how much they explain, not by how much they are about the query.
   */
  static final org.apache.lucene.search.similarities.BM25Similarity SIMILARITY =
      new org.apache.lucene.search.similarities.BM25Similarity(1.2f, 0.5f);

  private final DutchAnalysis analysis;
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final IndexWriter writer;
  private final SearcherManager searchers;

  public ArticleIndex(DutchAnalysis analysis) {
    this.analysis = analysis;
    Analyzer perField = new PerFieldAnalyzerWrapper(analysis.text(), Map.of(
        Fields.PARTS, analysis.parts(),
        Fields.JOINED, analysis.joined(),
        Fields.SPELL, analysis.words()));
    try {
      writer = new IndexWriter(directory, new IndexWriterConfig(perField));
      searchers = new SearcherManager(writer, new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader, org.apache.lucene.index.IndexReader previous) {
          IndexSearcher searcher = new IndexSearcher(reader);
          searcher.setSimilarity(SIMILARITY);
          return searcher;
        }
      });
    } catch (IOException e) {
      throw new KbException("cannot create the search index: " + e.getMessage(), e);
    }
  }

  public DutchAnalysis analysis() {
    return analysis;
  }

  /**
   * Adds or replaces articles; call {@link #refresh()} to make them searchable.
   *
   * @param popularity weights that multiply an article's relevance; an absent id means 1
   */
  public void putAll(Collection<Article> articles, Map<String, Float> popularity) {
    try {
      // IndexWriter takes documents from several threads at once; analysis is the costly part.
      articles.parallelStream().forEach(article -> {
        try {
          writer.updateDocument(new Term(Fields.ID, article.id()), toDocument(article, popularity.getOrDefault(article.id(), 1f)));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot index " + article.id(), e);
        }
      });
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index articles", e);
    }
  }

  /** Removes an article; call {@link #refresh()} to make that visible. */
  public void remove(String id) {
    try {
      writer.deleteDocuments(new Term(Fields.ID, id));
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove article " + id, e);
    }
  }

  public void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot refresh the searcher", e);
    }
  }

  public IndexSearcher acquire() {
    try {
      return searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open a searcher", e);
    }
  }

  public void release(IndexSearcher searcher) {
    try {
      searchers.release(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release a searcher", e);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the index", e);
    }
  }

  private static Document toDocument(Article article, float popularity) {
    Document doc = new Document();
    doc.add(new StringField(Fields.ID, article.id(), Field.Store.YES));
    doc.add(new StringField(Fields.TYPE, article.type().id(), Field.Store.NO));
    doc.add(new SortedSetDocValuesField(Fields.TYPE, new BytesRef(article.type().id())));
    doc.add(new FloatDocValuesField(Fields.TYPE_WEIGHT, typeWeight(article.type()) * popularity));
    for (String theme : article.themes()) {
      doc.add(new StringField(Fields.THEME, theme, Field.Store.NO));
      doc.add(new SortedSetDocValuesField(Fields.THEME, new BytesRef(theme)));
    }
    for (Audience audience : article.audiences()) {
      doc.add(new StringField(Fields.AUDIENCE, audience.id(), Field.Store.NO));
      doc.add(new SortedSetDocValuesField(Fields.AUDIENCE, new BytesRef(audience.id())));
    }
    doc.add(new LongPoint(Fields.LIVE_FROM, article.published().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE)));
    doc.add(new LongPoint(Fields.LIVE_UNTIL, article.expires().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE)));

    String keywords = String.join(" . ", article.keywords()) + " . " + article.id().replace('-', ' ');
    String body = plainText(article.sections().stream()
        .map(section -> section.title() + "\n\n" + section.markdown())
        .collect(Collectors.joining("\n\n")));
    String internal = plainText(article.internal().stream().map(Section::markdown).collect(Collectors.joining("\n\n")));
    doc.add(new TextField(Fields.TITLE, article.title(), Field.Store.NO));
    doc.add(new StringField(Fields.TITLE_EXACT, BestBetsFile.normalize(article.title()), Field.Store.NO));
    doc.add(new StringField(Fields.TITLE_EXACT, BestBetsFile.normalize(article.id()), Field.Store.NO));
    doc.add(new TextField(Fields.KEYWORDS, keywords, Field.Store.NO));
    doc.add(new TextField(Fields.SUMMARY, article.summary(), Field.Store.NO));
    doc.add(new Field(Fields.BODY, body, TEXT_WITH_OFFSETS));
    doc.add(new Field(Fields.INTERNAL, internal, TEXT_WITH_OFFSETS));
    String all = String.join(" . ", article.title(), keywords, article.summary(), body);
    doc.add(new TextField(Fields.PARTS, all, Field.Store.NO));
    doc.add(new TextField(Fields.ALL, all, Field.Store.NO));
    doc.add(new TextField(Fields.JOINED, String.join(" . ", article.title(), keywords, article.summary()), Field.Store.NO));
    doc.add(new TextField(Fields.JOINED, body, Field.Store.NO));
    doc.add(new TextField(Fields.SPELL, all, Field.Store.NO));
    return doc;
  }

  /**
   * Multiplies the relevance of an article by its type: a product answers a question, a FAQ
   * nearly as well, a theme page only points on. So products win when equally relevant.
   */
  static float typeWeight(ArticleType type) {
    return switch (type) {
      case PRODUCT -> 1.0f;
      case FAQ -> 0.9f;
      case THEME -> 0.6f;
    };
  }

  private static String plainText(String markdown) {
    return MarkdownBody.toPlainText(markdown);
  }
}
