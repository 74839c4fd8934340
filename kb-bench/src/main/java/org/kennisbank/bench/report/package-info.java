/**
 * How bench figures are shown: {@link org.kennisbank.bench.report.TextReport} prints the tables
 * with ratios, {@link org.kennisbank.bench.report.BenchJson} writes and reads the JSON, and
 * {@link org.kennisbank.bench.report.SvgChart} draws latency and memory against corpus size.
 */
package org.kennisbank.bench.report;
