package org.kennisbank.server.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.HttpResponseException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * A token bucket per client on the public routes: each request takes one token, a bucket holds at
 * most {@code burst} and refills at {@code perSecond}; an empty bucket answers {@code 429} with
 * {@code Retry-After} in the error shape of the route. A client is its remote address:
 * {@code X-Forwarded-For} is not trusted, so behind a proxy all callers share the proxy's bucket
 * (set the limit for that, or turn it off and limit at the proxy). Routes that need a role other
 * than public (the agent channel, authenticated by token; a contact centre calls from one address)
 * and {@code /health} (load balancers poll it) are not limited. Buckets of clients not seen for a
 * minute are dropped. Thread-safe.
 */
public final class RateLimiter {

  /** How fast a bucket refills and how much it holds; {@link #OFF} never limits. */
  public record Rate(double perSecond, int burst) {
    public static final Rate OFF = new Rate(0, 0);
    /** Twenty requests a second with a burst of a hundred: someone typing fast with search-as-you-type and suggest stays below it. */
    public static final Rate DEFAULT = new Rate(20, 100);

    public Rate {
      if (perSecond < 0 || burst < 0 || (perSecond == 0) != (burst == 0)) {
        throw new IllegalArgumentException("rate must be positive with a positive burst, or 0 and 0 (off); got: "
            + perSecond + "/s, burst " + burst);
      }
    }

    public boolean isOff() {
      return perSecond == 0;
    }
  }

  private final Rate rate;
  private final LongSupplier ticker;
  private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
      .expireAfterAccess(Duration.ofMinutes(1)).maximumSize(100_000).build();

  public RateLimiter(Rate rate, LongSupplier ticker) {
    this.rate = rate;
    this.ticker = ticker;
  }

  /** Runs before every matched route; throws {@code 429} when this client's bucket is empty. */
  public void check(Context ctx) {
    if (rate.isOff() || !ctx.routeRoles().equals(java.util.Set.of(Role.PUBLIC)) || ctx.path().equals(Urls.HEALTH)) {
      return;
    }
    take(ctx.ip()).ifPresent(wait -> {
      long seconds = Math.max(1, (long) Math.ceil(wait.toMillis() / 1000.0));
      ctx.header("Retry-After", Long.toString(seconds));
      throw new HttpResponseException(HttpStatus.TOO_MANY_REQUESTS.getCode(), Urls.isApi(ctx.path())
          ? "too many requests from this address; retry after " + seconds + " s"
          : "U stuurt te veel verzoeken tegelijk. Probeer het over " + seconds + " seconden opnieuw.", Map.of());
    });
  }

  /** Takes a token for {@code client}; empty when it got one, else how long until the next one. */
  public Optional<Duration> take(String client) {
    Bucket bucket = buckets.get(client, key -> new Bucket(rate.burst(), ticker.getAsLong()));
    synchronized (bucket) {
      long now = ticker.getAsLong();
      bucket.tokens = Math.min(rate.burst(), bucket.tokens + (now - bucket.updated) / 1e9 * rate.perSecond());
      bucket.updated = now;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return Optional.empty();
      }
      return Optional.of(Duration.ofNanos((long) ((1 - bucket.tokens) / rate.perSecond() * 1e9)));
    }
  }

  private static final class Bucket {
    private double tokens;
    private long updated;

    Bucket(double tokens, long updated) {
      this.tokens = tokens;
      this.updated = updated;
    }
  }
}
