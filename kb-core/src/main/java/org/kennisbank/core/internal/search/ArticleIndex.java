package org.kennisbank.core.internal.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.kennisbank.core.Article;
import org.kennisbank.core.KbException;
import org.kennisbank.core.internal.analysis.DutchAnalysis;

/**
 * The Lucene index of the articles, in memory, written by one {@link IndexWriter} and read through
 * point-in-time readers: each {@link #openReader} sees the index as it stood then, however it
 * changes afterwards, so a generation of the knowledge base keeps one reader for its whole life.
 *
 * <p>After every {@link #update} the segments holding deleted documents are merged away: term and
 * collection statistics then count live articles only, so scores after any sequence of updates are
 * exactly those of an index built from scratch on the same articles.
 *
 * <p>Thread-safe for readers; {@link #update} is called by one thread at a time (the reload lock).
 */
public final class ArticleIndex implements Closeable {

  /**
   * BM25 with a softer length normalisation than Lucene's default (b = 0.75): articles differ in
   * length mostly by how much they explain, not by how much they are about the query.
   */
  static final org.apache.lucene.search.similarities.BM25Similarity SIMILARITY =
      new org.apache.lucene.search.similarities.BM25Similarity(1.2f, 0.5f);

  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final IndexWriter writer;
  /** The analysis documents are indexed with; changes only between updates, under the reload lock. */
  private volatile DutchAnalysis indexing;

  public ArticleIndex() {
    Analyzer perField = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
      @Override
      protected Analyzer getWrappedAnalyzer(String field) {
        DutchAnalysis analysis = indexing;
        return switch (field) {
          case Fields.PARTS -> analysis.parts();
          case Fields.JOINED -> analysis.joined();
          case Fields.SPELL -> analysis.words();
          default -> analysis.text();
        };
      }
    };
    // Merges run in the updating thread, so none is still running when a reader is opened.
    IndexWriterConfig config = new IndexWriterConfig(perField)
        .setMergePolicy(new ExpungeDeletes(new TieredMergePolicy()))
        .setMergeScheduler(new SerialMergeScheduler());
    try {
      writer = new IndexWriter(directory, config);
    } catch (IOException e) {
      throw new KbException("cannot create the search index: " + e.getMessage(), e);
    }
  }

  /**
   * Adds or replaces articles and removes others; visible to readers opened afterwards.
   *
   * @param analysis the analysis to index with (its compound lexicon decides the parts field)
   * @param popularity weights that multiply an article's relevance; an absent id means 1
   */
  public void update(DutchAnalysis analysis, Collection<Article> put, Collection<String> remove, Map<String, Float> popularity) {
    indexing = analysis;
    try {
      for (String id : remove) {
        writer.deleteDocuments(new Term(Fields.ID, id));
      }
      // IndexWriter takes documents from several threads at once; analysis is the costly part.
      put.parallelStream().forEach(article -> {
        try {
          writer.updateDocument(new Term(Fields.ID, article.id()),
              ArticleDocument.toDocument(article, popularity.getOrDefault(article.id(), 1f)));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot index " + article.id(), e);
        }
      });
      if (writer.hasDeletions()) {
        writer.forceMergeDeletes(true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot update the index", e);
    }
  }

  /**
   * A reader of the index as it stands now; the caller owns it and closes it (or {@code decRef}s).
   * Reuses the unchanged segments of {@code previous}.
   */
  public DirectoryReader openReader(Optional<DirectoryReader> previous) {
    try {
      if (previous.isPresent()) {
        DirectoryReader changed = DirectoryReader.openIfChanged(previous.get(), writer);
        if (changed != null) {
          return changed;
        }
        previous.get().incRef();
        return previous.get();
      }
      return DirectoryReader.open(writer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open a reader on the index", e);
    }
  }

  /** A searcher on a reader, with Kennisbank's similarity. */
  public static IndexSearcher searcher(IndexReader reader) {
    IndexSearcher searcher = new IndexSearcher(reader);
    searcher.setSimilarity(SIMILARITY);
    return searcher;
  }

  /**
   * The ids of the articles whose parts field may read differently when these words enter or leave
   * the compound lexicon: those with a word long enough to be split ({@link DutchAnalysis#MIN_COMPOUND}
   * letters or more) that contains one of them. Read from the spell field, which holds the same
   * words, normalised and unsplit, that the parts field splits.
   */
  public static Set<String> idsWithCompoundsContaining(IndexReader reader, Set<String> words) {
    Set<String> ids = new HashSet<>();
    List<String> parts = words.stream().filter(word -> word.length() <= DutchAnalysis.MAX_PART).toList();
    if (parts.isEmpty()) {
      return ids;
    }
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(Fields.SPELL);
        if (terms == null) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        TermsEnum term = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef bytes = term.next(); bytes != null; bytes = term.next()) {
          String text = bytes.utf8ToString();
          if (text.length() >= DutchAnalysis.MIN_COMPOUND && parts.stream().anyMatch(text::contains)) {
            postings = term.postings(postings, PostingsEnum.NONE);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
              if (live == null || live.get(doc)) {
                ids.add(stored.document(doc).get(Fields.ID));
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index", e);
    }
    return ids;
  }

  /** Natural merges as tiered; a forced merge of deletes rewrites each segment that has any, alone. */
  private static final class ExpungeDeletes extends FilterMergePolicy {
    ExpungeDeletes(MergePolicy in) {
      super(in);
    }

    @Override
    public MergeSpecification findForcedDeletesMerges(SegmentInfos infos, MergeContext context) throws IOException {
      MergeSpecification merges = new MergeSpecification();
      for (SegmentCommitInfo info : infos) {
        if (context.numDeletesToMerge(info) > 0 && !context.getMergingSegments().contains(info)) {
          merges.add(new OneMerge(List.of(info)));
        }
      }
      return merges.merges.isEmpty() ? null : merges;
    }
  }

  @Override
  public void close() {
    try {
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the index", e);
    }
  }
}
