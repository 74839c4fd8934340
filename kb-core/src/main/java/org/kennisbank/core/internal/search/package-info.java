/**
 * The index and the ranking. {@link org.kennisbank.core.internal.search.ArticleIndex} keeps the
 * in-memory Lucene index, updated article by article and read through point-in-time readers
 * (one per generation), with deleted documents merged away so that statistics are exact;
 * {@link org.kennisbank.core.internal.search.ArticleDocument} maps an article to its fields;
 * {@link org.kennisbank.core.internal.search.QueryPlanner} turns query text into a query without
 * parsing syntax; {@link org.kennisbank.core.internal.search.SearchEngine} runs it with filters,
 * best bets, facets, snippets, partial-match filling and spelling suggestions;
 * {@link org.kennisbank.core.internal.search.BaselineSearch} is the plain BM25 yardstick.
 * {@link org.kennisbank.core.internal.search.QueryLimits} bounds what one search may cost (typo
 * tolerant words, expansions, spelling look-ups, a time budget after which the result is partial).
 */
package org.kennisbank.core.internal.search;
