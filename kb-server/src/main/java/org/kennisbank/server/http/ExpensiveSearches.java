package org.kennisbank.server.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.kennisbank.core.QueryCost;

/**
 * Bounds how many expensive searches run at once, so that cheap searches and {@code /health}
 * always find a core and a thread: a search whose {@link QueryCost#units() estimated cost} reaches
 * {@code expensiveFrom} needs one of {@code permits}; it waits at most {@code maxWait} for one, then
 * gets {@code 503} with {@code Retry-After: 1}. Cheap searches never wait here. The wait is short
 * on purpose: a waiting request holds a server thread. Thread-safe.
 */
public final class ExpensiveSearches {

  /** How many expensive searches may run at once, from which cost on, and how long one waits. */
  public record Limit(int permits, int expensiveFrom, Duration maxWait) {
    /** One permit per two cores (at least one), from 25 units (5 typo-tolerant of 5 words), 50 ms. */
    public static final Limit DEFAULT = new Limit(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), 25,
        Duration.ofMillis(50));

    public Limit {
      if (permits < 1 || expensiveFrom < 1) {
        throw new IllegalArgumentException("permits and expensiveFrom must be 1 or more; got: " + permits + ", " + expensiveFrom);
      }
      if (maxWait.isNegative()) {
        throw new IllegalArgumentException("maxWait must not be negative; got: " + maxWait);
      }
    }
  }

  private final Limit limit;
  private final Semaphore permits;

  public ExpensiveSearches(Limit limit) {
    this.limit = limit;
    this.permits = new Semaphore(limit.permits(), true);
  }

  /** Runs {@code search} now when cheap; when expensive, once a permit is free, or refuses with 503. */
  public <T> T run(Context ctx, QueryCost cost, Supplier<T> search) {
    if (cost.units() < limit.expensiveFrom()) {
      return search.get();
    }
    boolean acquired;
    try {
      acquired = permits.tryAcquire(limit.maxWait().toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      acquired = false;
    }
    if (!acquired) {
      ctx.header("Retry-After", "1");
      throw new HttpResponseException(HttpStatus.SERVICE_UNAVAILABLE.getCode(), Urls.isApi(ctx.path())
          ? "too many long searches at once; retry after 1 s or shorten the query"
          : "Er lopen nu te veel lange zoekvragen. Probeer het zo opnieuw, of zoek met minder woorden.", Map.of());
    }
    try {
      return search.get();
    } finally {
      permits.release();
    }
  }
}
