/**
 * Generations: everything one search reads, swapped as a whole when the content changes.
 *
 * <p>A {@link org.kennisbank.core.internal.generation.Generation} holds the loaded content, the
 * analysis (synonyms, compound lexicon), a point-in-time index reader, the suggester and the result
 * cache; none of it changes after it is built, so a cached result cannot outlive its content.
 * {@link org.kennisbank.core.internal.generation.Generations} keeps the current one and counts
 * references like Lucene's {@code SearcherManager} (acquire, search, release in {@code finally}).
 * {@link org.kennisbank.core.internal.generation.GenerationBuilder} makes the next generation from
 * what changed, re-indexing only the articles a change reaches (its Javadoc states the rule for
 * the compound lexicon), so that a reload ranks exactly as a fresh open.
 *
 * <p>A change flows: files → {@code ContentLoader} (parses changed files) → {@code
 * GenerationBuilder} (index update, analysis, suggester) → swap → {@code ContentChange} to the
 * listeners of {@code KnowledgeBase.onChange}.
 */
package org.kennisbank.core.internal.generation;
