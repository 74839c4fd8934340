package org.kennisbank.core.eval;

import java.util.List;

/** The figures of one ranking (the full chain or the baseline) over a set of judgments, with every query's outcome. */
public record EvaluationReport(String name, Metrics metrics, List<QueryOutcome> outcomes) {
  public EvaluationReport {
    outcomes = List.copyOf(outcomes);
  }

  /** The queries whose first relevant hit is not within the top {@code k}, in judgment order. */
  public List<QueryOutcome> missesOutside(int k) {
    return outcomes.stream().filter(outcome -> outcome.rank() == 0 || outcome.rank() > k).toList();
  }
}
