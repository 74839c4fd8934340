package org.kennisbank.bench.measure;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.fst.WFSTCompletionLookup;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.kennisbank.core.Article;
import org.kennisbank.core.internal.search.BaselineSearch;

/**
 * The yardstick of a bench run, built from the same articles: kb-core's {@link BaselineSearch}
 * (plain BM25 over one text field) with {@code StandardAnalyzer} and with Lucene's {@code
 * DutchAnalyzer}, and for suggest Lucene's FST prefix lookup ({@link WFSTCompletionLookup}) over the
 * same titles and keywords Kennisbank suggests from. Nothing of Kennisbank's ranking is in it.
 */
final class PlainLucene implements Closeable {

  private final BaselineSearch standard;
  private final BaselineSearch dutch;
  private final WFSTCompletionLookup lookup;
  final double standardBuildMillis;
  final double dutchBuildMillis;

  PlainLucene(List<Article> articles) {
    long start = System.nanoTime();
    standard = new BaselineSearch(articles);
    standardBuildMillis = (System.nanoTime() - start) / 1e6;
    start = System.nanoTime();
    dutch = new BaselineSearch(articles, new DutchAnalyzer());
    dutchBuildMillis = (System.nanoTime() - start) / 1e6;
    lookup = new WFSTCompletionLookup(new ByteBuffersDirectory(), "bench");
    List<String> entries = new ArrayList<>();
    for (Article article : articles) {
      entries.add(article.title().toLowerCase(Locale.ROOT));
      article.keywords().forEach(keyword -> entries.add(keyword.toLowerCase(Locale.ROOT)));
    }
    try {
      lookup.build(new Entries(entries));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int searchStandard(String query) {
    return standard.search(query, 10).ids().size();
  }

  int searchDutch(String query) {
    return dutch.search(query, 10).ids().size();
  }

  int suggest(String prefix) {
    try {
      return lookup.lookup(prefix.toLowerCase(Locale.ROOT), false, 8).size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    standard.close();
    dutch.close();
  }

  /** The suggestion entries, each with weight 1. */
  private static final class Entries implements InputIterator {
    private final java.util.Iterator<String> entries;

    Entries(List<String> entries) {
      this.entries = entries.stream().distinct().sorted().iterator();
    }

    @Override
    public BytesRef next() {
      return entries.hasNext() ? new BytesRef(entries.next()) : null;
    }

    @Override
    public long weight() {
      return 1;
    }

    @Override
    public BytesRef payload() {
      return null;
    }

    @Override
    public boolean hasPayloads() {
      return false;
    }

    @Override
    public java.util.Set<BytesRef> contexts() {
      return null;
    }

    @Override
    public boolean hasContexts() {
      return false;
    }
  }
}
