/**
 * The public API of Kennisbank: open a {@link org.kennisbank.core.KnowledgeBase}, search it,
 * read articles.
 *
 * <ul>
 *   <li>{@link org.kennisbank.core.KnowledgeBase}: the facade. Open the bundled content with
 *       {@code openBundled()} or a directory with {@code open(Path)}; then {@code search},
 *       {@code suggest}, {@code article}, {@code themes}, {@code problems}, {@code reload},
 *       {@code close}. Thread-safe; open once and share.
 *   <li>{@link org.kennisbank.core.ContentChange}: what a {@code reload} changed (added, changed,
 *       removed ids, the new revision); {@code onChange} tells listeners after each change, and
 *       returns a {@link org.kennisbank.core.Subscription} to stop. This is the hook for feeds,
 *       webhooks and analytics; {@code reload(files)} applies a write the application made itself.
 *   <li>{@link org.kennisbank.core.SearchRequest} and {@link org.kennisbank.core.SearchResult}:
 *       a search as a channel asks it (query text, {@link org.kennisbank.core.SearchFilters},
 *       {@link org.kennisbank.core.Channel}, page) and what it finds (hits, facets, did-you-mean).
 *   <li>{@link org.kennisbank.core.Article}: an article as written, with its public sections and
 *       its internal part. {@link org.kennisbank.core.Channel#PUBLIC} never sees the internal
 *       part; use {@link org.kennisbank.core.Article#publicView()} when you hand articles on.
 *   <li>{@link org.kennisbank.core.ContentProblem}: what is wrong in the content, with file, line
 *       and field. Broken articles are reported, never fatal for the rest.
 *   <li>{@link org.kennisbank.core.ContentValidator}: the rules loading applies to one article
 *       file, the synonym rules and the best bets, for tools and editors that check a text
 *       before it is saved.
 *   <li>{@link org.kennisbank.core.KbException}: the root of every exception thrown here.
 * </ul>
 *
 * Everything under {@code org.kennisbank.core.internal} is implementation and may change; no
 * Lucene, Flexmark or Caffeine type appears in this package.
 */
package org.kennisbank.core;
