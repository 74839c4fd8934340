package org.kennisbank.core.internal.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * What one search may cost at most, by construction (docs/ranking.md, "Query cost bounds"): how
 * many words get typo tolerance (the rest match exactly), how many fuzzy expansions a query gets in
 * all, how many words the spelling suggester looks up, and a time budget after which the engine
 * stops adding work and returns the best result so far, marked {@code partial}. The defaults lie
 * well above what real queries use, so they never change an ordinary ranking.
 *
 * @param typoTolerantWords the first this many words that may have typos get fuzzy expansions
 * @param expansions fuzzy clauses per query in all (per word and field there are at most 8)
 * @param spellingWords the first this many unknown words are looked up for "did you mean"
 * @param budget time after which no optional step starts
 * @param ticker nanoseconds; by default the CPU time of the searching thread ({@link
 *     #threadCpuNanos()}), so that a busy machine does not make an ordinary search partial: the
 *     budget bounds the work a search does, whatever else runs. Injected by tests.
 */
public record QueryLimits(int typoTolerantWords, int expansions, int spellingWords, Duration budget, LongSupplier ticker) {

  /** Real queries use at most 6 typo-tolerant words and 8 content words (judgments, both sets). */
  public static final int DEFAULT_TYPO_TOLERANT_WORDS = 8;
  public static final int DEFAULT_EXPANSIONS = 160;
  public static final int DEFAULT_SPELLING_WORDS = 8;
  /**
   * CPU time: over ten times the 99th percentile of search-as-you-type (17 ms), above the slowest
   * ordinary query in a cold JVM (84 ms) and above the worst query the word limits leave (137 ms).
   */
  public static final Duration DEFAULT_BUDGET = Duration.ofMillis(250);

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  public static final QueryLimits DEFAULT = new QueryLimits(DEFAULT_TYPO_TOLERANT_WORDS, DEFAULT_EXPANSIONS,
      DEFAULT_SPELLING_WORDS, DEFAULT_BUDGET, QueryLimits::threadCpuNanos);

  /** The CPU time the current thread has used, in nanoseconds; wall time where the JVM cannot tell. */
  public static long threadCpuNanos() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  public QueryLimits {
    if (typoTolerantWords < 0 || expansions < 0 || spellingWords < 0) {
      throw new IllegalArgumentException("limits must not be negative; got: " + typoTolerantWords + ", "
          + expansions + ", " + spellingWords);
    }
    Objects.requireNonNull(budget, "budget");
    if (budget.isNegative()) {
      throw new IllegalArgumentException("budget must not be negative; got: " + budget);
    }
    Objects.requireNonNull(ticker, "ticker");
  }

  /** The same limits with another clock for the budget. */
  public QueryLimits withTicker(LongSupplier newTicker) {
    return new QueryLimits(typoTolerantWords, expansions, spellingWords, budget, newTicker);
  }

  /** A budget for one search, starting now. */
  QueryBudget start() {
    return new QueryBudget(ticker, ticker.getAsLong() + budget.toNanos());
  }
}
