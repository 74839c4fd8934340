package org.kennisbank.core.internal.search;

import java.util.function.LongSupplier;

/**
 * The time one search may still take. Steps that only improve a result (typo expansions, spelling
 * suggestions, filling with partial matches) ask {@link #allows()} before they start; once the
 * deadline has passed they are skipped and the result is marked partial. A step that has started
 * runs to its end, so the budget bounds the work to the deadline plus one step. Not thread-safe:
 * one per search.
 */
final class QueryBudget {

  /** A budget that never runs out, for callers that plan without one (tests, the corrected query). */
  static QueryBudget unlimited() {
    return new QueryBudget(() -> 0L, Long.MAX_VALUE);
  }

  private final LongSupplier ticker;
  private final long deadline;
  private boolean skipped;

  QueryBudget(LongSupplier ticker, long deadline) {
    this.ticker = ticker;
    this.deadline = deadline;
  }

  /** Whether an optional step may start; false from the deadline on, and then the search is partial. */
  boolean allows() {
    if (!skipped && ticker.getAsLong() - deadline >= 0) {
      skipped = true;
    }
    return !skipped;
  }

  /** Whether a step was skipped because time ran out. */
  boolean exhausted() {
    return skipped;
  }
}
