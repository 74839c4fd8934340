package org.kennisbank.bench.jmh;

import java.nio.file.Path;
import org.kennisbank.bench.corpus.Corpora;
import org.kennisbank.bench.corpus.Corpus;
import org.kennisbank.bench.queries.QueryMix;

/** The corpus and query mix of a JMH benchmark: the same ones {@code ./kb bench} uses (seed 42). */
final class BenchCorpus {

  static final long SEED = 42;

  private BenchCorpus() {}

  static Corpus corpus(String size) {
    return new Corpora(Path.of(System.getProperty("kb.bench.work", "kb-bench/target/corpora"))).get(size, SEED);
  }

  static QueryMix mix(Corpus corpus) {
    return QueryMix.of(Path.of(System.getProperty("kb.bench.judgments", "kb-content/src/test/resources")), corpus, 400, 1000, SEED);
  }
}
