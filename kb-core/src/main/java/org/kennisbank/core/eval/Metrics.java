package org.kennisbank.core.eval;

/**
 * Search quality over a set of judgments, each a fraction from 0 to 1.
 *
 * @param mrr10 mean reciprocal rank of the first relevant hit within the top 10
 * @param ndcg10 normalised discounted cumulative gain at 10, binary relevance
 * @param success1 share of queries with a relevant hit first
 * @param success3 share with a relevant hit in the top 3
 * @param success10 share with a relevant hit in the top 10
 * @param zeroResultRate share of queries that found nothing at all
 */
public record Metrics(int queries, double mrr10, double ndcg10, double success1, double success3,
    double success10, double zeroResultRate) {}
