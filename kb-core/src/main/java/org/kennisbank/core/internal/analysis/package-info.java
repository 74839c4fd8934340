/**
 * Dutch text analysis. {@link org.kennisbank.core.internal.analysis.DutchAnalysis} builds every
 * chain from the same steps (tokenize, fold, stem with overrides, "ij" as "y", stem endings);
 * the {@code parts} and {@code joined} chains handle compounds, the {@code query} chain adds the
 * synonym rules. Each step is pinned token by token in DutchAnalysisTest.
 */
package org.kennisbank.core.internal.analysis;
