package org.kennisbank.core.internal.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.kennisbank.core.Article;
import org.kennisbank.core.Section;
import org.kennisbank.core.internal.analysis.DutchAnalysis;
import org.kennisbank.core.internal.content.MarkdownBody;

/**
 * The yardstick: what Lucene does out of the box. One text field with {@code StandardAnalyzer}
 * (no stemming, no synonyms, no compounds, no typo tolerance), BM25, any query word may match.
 * Another analyzer can be given to compare analysis chains on the same ranking.
 */
public final class BaselineSearch implements Closeable {

  private static final String ID = "id";
  private static final String TEXT = "text";

  private final Analyzer analyzer;
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  /** The ids of the best hits and how many matched. */
  public record Result(List<String> ids, long total) {}

  /** The plain baseline: {@code StandardAnalyzer}. */
  public BaselineSearch(List<Article> articles) {
    this(articles, new StandardAnalyzer());
  }

  /** The same ranking with another analyzer, such as Lucene's {@code DutchAnalyzer}, for comparison. */
  public BaselineSearch(List<Article> articles, Analyzer analyzer) {
    this.analyzer = analyzer;
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (Article article : articles) {
        Document doc = new Document();
        doc.add(new StringField(ID, article.id(), Field.Store.YES));
        String body = article.sections().stream().map(Section::markdown).collect(Collectors.joining("\n"));
        doc.add(new TextField(TEXT, String.join("\n", article.title(), String.join(", ", article.keywords()),
            article.summary(), MarkdownBody.toPlainText(body)), Field.Store.NO));
        writer.addDocument(doc);
      }
      writer.commit();
      reader = DirectoryReader.open(directory);
      searcher = new IndexSearcher(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Result search(String query, int depth) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    for (String term : DutchAnalysis.terms(analyzer, query)) {
      builder.add(new TermQuery(new Term(TEXT, term)), Occur.SHOULD);
    }
    try {
      TopDocs top = searcher.search(builder.build(), depth);
      List<String> ids = new ArrayList<>();
      for (ScoreDoc doc : top.scoreDocs) {
        ids.add(searcher.storedFields().document(doc.doc).get(ID));
      }
      return new Result(ids, searcher.count(builder.build()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      reader.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
