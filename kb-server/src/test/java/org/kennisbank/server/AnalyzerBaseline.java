package org.kennisbank.server;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.kennisbank.core.Article;
import org.kennisbank.core.Section;
import org.kennisbank.core.eval.EvaluationReport;
import org.kennisbank.core.eval.Judgments;
import org.kennisbank.core.eval.Metrics;
import org.kennisbank.core.eval.QueryOutcome;
import org.kennisbank.core.internal.content.MarkdownBody;

/**
 * kb-core's {@code BaselineSearch} with the analyzer as a parameter: one text field (title,
 * keywords, summary and public sections as plain text), Lucene's default BM25, every query term a
 * SHOULD clause. With {@code DutchAnalyzer} it gives the published "Lucene Dutch" reference point;
 * with {@code StandardAnalyzer} it must reproduce {@code Evaluator.evaluateBaseline} exactly.
 * Scored with the same figures as {@code Evaluator}. Not thread-safe.
 */
final class AnalyzerBaseline implements Closeable {

  static final int DEPTH = 10;

  private static final String ID = "id";
  private static final String TEXT = "text";

  private final Analyzer analyzer;
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  /** The ids of the best hits and how many matched. */
  record Ranking(List<String> ids, long total) {}

  AnalyzerBaseline(Analyzer analyzer, List<Article> articles) {
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

  Ranking search(String text) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    for (String term : terms(text)) {
      builder.add(new TermQuery(new Term(TEXT, term)), Occur.SHOULD);
    }
    Query query = builder.build();
    try {
      TopDocs top = searcher.search(query, DEPTH);
      List<String> ids = new ArrayList<>();
      for (ScoreDoc doc : top.scoreDocs) {
        ids.add(searcher.storedFields().document(doc.doc).get(ID));
      }
      return new Ranking(ids, searcher.count(query));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every judged query through this ranking, with the figures {@code Evaluator} reports. */
  EvaluationReport evaluate(String name, Judgments judgments) {
    List<QueryOutcome> outcomes = new ArrayList<>();
    for (Judgments.Judgment judgment : judgments.judgments()) {
      Ranking ranking = search(judgment.query());
      List<String> top = ranking.ids().subList(0, Math.min(DEPTH, ranking.ids().size()));
      Set<String> relevant = Set.copyOf(judgment.relevant());
      int rank = 0;
      for (int i = 0; i < top.size() && rank == 0; i++) {
        rank = relevant.contains(top.get(i)) ? i + 1 : 0;
      }
      outcomes.add(new QueryOutcome(judgment.query(), judgment.relevant(), rank, ranking.total(), top));
    }
    return new EvaluationReport(name, metrics(outcomes), outcomes);
  }

  static Metrics metrics(List<QueryOutcome> outcomes) {
    double reciprocal = 0;
    double ndcg = 0;
    int first = 0;
    int top3 = 0;
    int top10 = 0;
    int zero = 0;
    for (QueryOutcome outcome : outcomes) {
      int rank = outcome.rank();
      if (rank > 0) {
        reciprocal += 1.0 / rank;
        first += rank == 1 ? 1 : 0;
        top3 += rank <= 3 ? 1 : 0;
        top10++;
      }
      zero += outcome.total() == 0 ? 1 : 0;
      ndcg += ndcg(outcome.top(), Set.copyOf(outcome.relevant()));
    }
    int n = Math.max(1, outcomes.size());
    return new Metrics(outcomes.size(), reciprocal / n, ndcg / n, (double) first / n,
        (double) top3 / n, (double) top10 / n, (double) zero / n);
  }

  private static double ndcg(List<String> top, Set<String> relevant) {
    double dcg = 0;
    for (int i = 0; i < top.size(); i++) {
      if (relevant.contains(top.get(i))) {
        dcg += 1 / log2(i + 2);
      }
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(relevant.size(), DEPTH); i++) {
      ideal += 1 / log2(i + 2);
    }
    return ideal == 0 ? 0 : dcg / ideal;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  private List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
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
