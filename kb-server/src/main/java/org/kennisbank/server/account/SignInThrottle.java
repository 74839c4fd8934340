package org.kennisbank.server.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing: after {@link #FREE_FAILURES} failed sign-ins for one account name (whether
 * or not the account exists, so the lock tells nothing) or {@link #FREE_FAILURES_PER_ADDRESS} from
 * one address, further tries are refused for a lockout that doubles with every further failure,
 * from {@link #FIRST_LOCKOUT} up to {@link #LONGEST_LOCKOUT}. A success clears the account's
 * count; counts are forgotten after {@link #FORGET_AFTER} without failures. Time comes from the
 * injected clock. Thread-safe; memory is bounded by forgetting the oldest entries.
 */
public final class SignInThrottle {

  static final int FREE_FAILURES = 5;
  static final int FREE_FAILURES_PER_ADDRESS = 20;
  static final Duration FIRST_LOCKOUT = Duration.ofSeconds(30);
  static final Duration LONGEST_LOCKOUT = Duration.ofMinutes(15);
  static final Duration FORGET_AFTER = Duration.ofHours(1);
  private static final int MAX_ENTRIES = 100_000;

  private final Clock clock;
  private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
  private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

  private record Failures(int count, Instant last, Instant lockedUntil) {}

  public SignInThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long the caller must still wait before trying again; empty when a try is allowed now. */
  public Optional<Duration> wait(String account, String address) {
    Instant now = clock.instant();
    Instant until = later(lockedUntil(byAccount, key(account), now), lockedUntil(byAddress, address, now));
    return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
  }

  public void failed(String account, String address) {
    Instant now = clock.instant();
    count(byAccount, key(account), FREE_FAILURES, now);
    count(byAddress, address, FREE_FAILURES_PER_ADDRESS, now);
  }

  public void succeeded(String account) {
    byAccount.remove(key(account));
  }

  private static void count(Map<String, Failures> map, String key, int free, Instant now) {
    if (map.size() >= MAX_ENTRIES) {
      map.entrySet().removeIf(entry -> entry.getValue().last().plus(FORGET_AFTER).isBefore(now));
      if (map.size() >= MAX_ENTRIES) {
        map.clear();
      }
    }
    map.compute(key, (k, old) -> {
      int count = old == null || old.last().plus(FORGET_AFTER).isBefore(now) ? 1 : old.count() + 1;
      Instant lockedUntil = count < free ? now : now.plus(lockout(count - free));
      return new Failures(count, now, lockedUntil);
    });
  }

  /** The lockout after the {@code extra}-th failure beyond the free ones (0 is the first). */
  static Duration lockout(int extra) {
    Duration lockout = FIRST_LOCKOUT.multipliedBy(1L << Math.min(extra, 10));
    return lockout.compareTo(LONGEST_LOCKOUT) > 0 ? LONGEST_LOCKOUT : lockout;
  }

  private static Instant lockedUntil(Map<String, Failures> map, String key, Instant now) {
    Failures failures = map.get(key);
    return failures == null ? now : failures.lockedUntil();
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static String key(String account) {
    return account.strip().toLowerCase(java.util.Locale.ROOT);
  }
}
