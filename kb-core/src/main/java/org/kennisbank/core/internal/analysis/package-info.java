/**
 * Dutch text analysis. {@link org.kennisbank.core.internal.analysis.DutchAnalysis} builds every
 * chain from the same steps (tokenize, fold, stem with overrides, "ij" as "y", stem endings);
 * the {@code parts} and {@code joined} chains handle compounds, the {@code query} chain adds the
 * synonym rules. Each step is pinned token by token in DutchAnalysisTest.
 * {@link org.kennisbank.core.internal.analysis.CompoundLexicon} builds the words compounds split
 * into from the content; {@link org.kennisbank.core.internal.analysis.LexiconCounts} keeps it up
 * to date article by article and tells which words came or went.
 */
package org.kennisbank.core.internal.analysis;
