package org.kennisbank.server.http;

import io.javalin.http.Context;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.core.SearchRequest;
import org.kennisbank.core.SearchResult;

/**
 * The one way the rooms search: estimates the cost of the request and lets {@link
 * ExpensiveSearches} decide whether it runs now, waits briefly or is refused. Thread-safe.
 */
public final class Searches {

  private final KnowledgeBase kb;
  private final ExpensiveSearches expensive;

  public Searches(KnowledgeBase kb, ExpensiveSearches expensive) {
    this.kb = kb;
    this.expensive = expensive;
  }

  /** Searches {@code request} for the caller of {@code ctx}; 503 when too many expensive searches run. */
  public SearchResult search(Context ctx, SearchRequest request) {
    return expensive.run(ctx, kb.estimateCost(request), () -> kb.search(request));
  }
}
