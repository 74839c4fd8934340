package org.kennisbank.core.eval;

import java.util.List;

/**
 * What one judged query found.
 *
 * @param rank 1-based position of the first relevant hit in the top 10; 0 when there was none
 * @param top the ids of the top 10 hits
 */
public record QueryOutcome(String query, List<String> relevant, int rank, long total, List<String> top) {
  public QueryOutcome {
    relevant = List.copyOf(relevant);
    top = List.copyOf(top);
  }
}
