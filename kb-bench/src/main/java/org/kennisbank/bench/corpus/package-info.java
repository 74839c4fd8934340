/**
 * Corpora for measurements. {@link org.kennisbank.bench.corpus.CorpusGenerator} writes the bundled
 * content plus generated product articles recombined from its sections and sentences (unique ids
 * and titles from real words, the same front matter, best bets and synonyms that point to what
 * exists), deterministic for a seed; {@link org.kennisbank.bench.corpus.Corpora} keeps them between
 * runs. Every generated corpus passes {@code ./kb validate}.
 */
package org.kennisbank.bench.corpus;
