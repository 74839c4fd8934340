package org.kennisbank.server;

import java.util.Objects;
import java.util.Optional;
import org.kennisbank.server.http.ExpensiveSearches;
import org.kennisbank.server.http.RateLimiter;

/**
 * How the server runs: the address it binds, the bearer token that opens the agent channel, the
 * rate limit per client on public routes and how many expensive searches run at once. Without a
 * token the agent channel is closed: every request to it is refused.
 */
public record ServerConfig(String host, int port, Optional<String> agentToken, RateLimiter.Rate rateLimit,
    ExpensiveSearches.Limit expensiveSearches) {

  public static final int DEFAULT_PORT = 7070;
  /** The environment variable that holds the agent token. */
  public static final String AGENT_TOKEN_VARIABLE = "KB_AGENT_TOKEN";

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535; got: " + port);
    }
    agentToken = agentToken.filter(token -> !token.isBlank());
    Objects.requireNonNull(rateLimit, "rateLimit");
    Objects.requireNonNull(expensiveSearches, "expensiveSearches");
  }

  /** The default rate limit and limit on expensive searches. */
  public ServerConfig(String host, int port, Optional<String> agentToken) {
    this(host, port, agentToken, RateLimiter.Rate.DEFAULT, ExpensiveSearches.Limit.DEFAULT);
  }

  /**
   * For tests: loopback, a free port, the given token, and no rate limit, since the suite sends
   * thousands of requests from one address; tests of the limits set their own with the setters.
   */
  public static ServerConfig forTest(String agentToken) {
    return new ServerConfig("127.0.0.1", 0, Optional.ofNullable(agentToken), RateLimiter.Rate.OFF,
        ExpensiveSearches.Limit.DEFAULT);
  }

  public ServerConfig withRateLimit(RateLimiter.Rate newRateLimit) {
    return new ServerConfig(host, port, agentToken, newRateLimit, expensiveSearches);
  }

  public ServerConfig withExpensiveSearches(ExpensiveSearches.Limit newLimit) {
    return new ServerConfig(host, port, agentToken, rateLimit, newLimit);
  }
}
