/**
 * The query mix of a bench run: {@link org.kennisbank.bench.queries.QueryMix} reads the judgment
 * files and the corpus and gives full searches of every {@link org.kennisbank.bench.queries.QueryKind}
 * (words, typos, compounds, synonyms, long questions, generated titles) and the keystrokes of what
 * agents type, for search-as-you-type and suggest.
 */
package org.kennisbank.bench.queries;
