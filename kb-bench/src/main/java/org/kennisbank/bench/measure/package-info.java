/**
 * The measurements of {@code ./kb bench}. {@link org.kennisbank.bench.measure.BenchRun} runs one
 * corpus size: in process (opening rate, heap after open, full search, search-as-you-type, suggest,
 * an editor's write until visible, the chat hook), each beside plain Lucene on the same articles and
 * queries in the same run; a fresh child JVM with a fixed {@code -Xmx} (start to first answer, GC
 * share, OutOfMemoryError); and optionally the {@code wrk} load test against the real server.
 * Figures are printed, never asserted.
 */
package org.kennisbank.bench.measure;
