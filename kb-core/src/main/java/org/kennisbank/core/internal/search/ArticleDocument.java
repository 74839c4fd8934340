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
import org.apache.lucene.document.SortedDocValuesField;
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

/** How an article becomes a Lucene document: which text goes into which field. Stateless. */
final class ArticleDocument {

  private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  private ArticleDocument() {}

  static Document toDocument(Article article, float popularity) {
    Document doc = new Document();
    doc.add(new StringField(Fields.ID, article.id(), Field.Store.YES));
    // Equal scores are ordered by id, so that the order never depends on when an article was indexed.
    doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(article.id())));
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
    String questions = String.join(" . ", article.questions());
    doc.add(new TextField(Fields.QUESTIONS, questions, Field.Store.NO));
    doc.add(new Field(Fields.BODY, body, TEXT_WITH_OFFSETS));
    doc.add(new Field(Fields.INTERNAL, internal, TEXT_WITH_OFFSETS));
    // Questions are residents' words, typos included: they score, but neither feed the spelling
    // dictionary nor get split into compound parts (parts and spell must read the same text).
    String all = String.join(" . ", article.title(), keywords, article.summary(), body);
    doc.add(new TextField(Fields.PARTS, all, Field.Store.NO));
    doc.add(new TextField(Fields.ALL, all + " . " + questions, Field.Store.NO));
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
