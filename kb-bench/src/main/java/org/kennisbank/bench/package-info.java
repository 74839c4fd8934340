/**
 * Kennisbank's benchmarks: {@link org.kennisbank.bench.BenchMain} is {@code ./kb bench}; the JMH
 * benchmarks are in {@code org.kennisbank.bench.jmh}. Nothing here is part of the server; the
 * module depends on kb-core, kb-content and kb-server (to start the real server under load).
 */
package org.kennisbank.bench;
