/**
 * The index and the ranking. {@link org.kennisbank.core.internal.search.ArticleIndex} keeps the
 * in-memory Lucene index (near-real-time through a SearcherManager);
 * {@link org.kennisbank.core.internal.search.QueryPlanner} turns query text into a query without
 * parsing syntax; {@link org.kennisbank.core.internal.search.SearchEngine} runs it with filters,
 * best bets, facets, snippets, partial-match filling and spelling suggestions;
 * {@link org.kennisbank.core.internal.search.BaselineSearch} is the plain BM25 yardstick.
 */
package org.kennisbank.core.internal.search;
