/**
 * JMH benchmarks of the in-process hot paths: {@code SearchBenchmark} (full search,
 * search-as-you-type, suggest) and {@code OpenBenchmark} (opening), on the corpora and query mix of
 * {@code ./kb bench}. Run from the repository root after {@code mvn -o -q package -DskipTests}:
 * {@code java -cp "kb-bench/target/kb-bench.jar:kb-bench/target/lib/*" org.openjdk.jmh.Main -p size=bundled,1000}.
 */
package org.kennisbank.bench.jmh;
