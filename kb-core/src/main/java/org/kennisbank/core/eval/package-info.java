/**
 * Measuring search quality. Write {@link org.kennisbank.core.eval.Judgments} (queries as people
 * type them, with the articles that answer them), then compare the knowledge base's ranking with
 * a plain BM25 baseline on the same content:
 *
 * <pre>{@code
 * Judgments judgments = Judgments.read(Path.of("judgments.tsv"));
 * EvaluationReport ours = Evaluator.evaluate(kb, judgments);
 * EvaluationReport baseline = Evaluator.evaluateBaseline(kb, judgments);
 * System.out.println(ours.metrics().success3() + " vs " + baseline.metrics().success3());
 * }</pre>
 *
 * The command line does the same: {@code ./kb eval --judgments FILE --baseline}.
 */
package org.kennisbank.core.eval;
