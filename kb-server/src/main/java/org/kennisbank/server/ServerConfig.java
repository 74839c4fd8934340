package org.kennisbank.server;

import java.util.Objects;
import java.util.Optional;
import org.kennisbank.server.http.ExpensiveSearches;
import org.kennisbank.server.http.RateLimiter;

/**
 * How the server runs: the address it binds, the bearer tokens that open the agent channel and the
 * admin API, the rate limit per client on public routes and how many expensive searches run at
 * once. Without its token a channel is closed: every request to it is refused.
 */
public record ServerConfig(String host, int port, Optional<String> agentToken, Optional<String> adminToken,
    RateLimiter.Rate rateLimit, ExpensiveSearches.Limit expensiveSearches) {

  public static final int DEFAULT_PORT = 7070;
  /** Loopback: the server is reachable from this machine only unless an operator says otherwise. */
  public static final String DEFAULT_HOST = "127.0.0.1";
  /** The environment variable that holds the agent token. */
  public static final String AGENT_TOKEN_VARIABLE = "KB_AGENT_TOKEN";
  /** The environment variable that holds the admin token (health details). */
  public static final String ADMIN_TOKEN_VARIABLE = "KB_ADMIN_TOKEN";

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535; got: " + port);
    }
    agentToken = agentToken.filter(token -> !token.isBlank());
    adminToken = adminToken.filter(token -> !token.isBlank());
    Objects.requireNonNull(rateLimit, "rateLimit");
    Objects.requireNonNull(expensiveSearches, "expensiveSearches");
  }

  /** No admin token, the default rate limit and limit on expensive searches. */
  public ServerConfig(String host, int port, Optional<String> agentToken) {
    this(host, port, agentToken, Optional.empty(), RateLimiter.Rate.DEFAULT, ExpensiveSearches.Limit.DEFAULT);
  }

  /**
   * For tests: loopback, a free port, the given token, and no rate limit, since the suite sends
   * thousands of requests from one address; tests of the limits set their own with the setters.
   */
  public static ServerConfig forTest(String agentToken) {
    return new ServerConfig("127.0.0.1", 0, Optional.ofNullable(agentToken), Optional.empty(), RateLimiter.Rate.OFF,
        ExpensiveSearches.Limit.DEFAULT);
  }

  /** The same with the given admin token. */
  public ServerConfig withAdminToken(String token) {
    return new ServerConfig(host, port, agentToken, Optional.ofNullable(token), rateLimit, expensiveSearches);
  }

  public ServerConfig withRateLimit(RateLimiter.Rate newRateLimit) {
    return new ServerConfig(host, port, agentToken, adminToken, newRateLimit, expensiveSearches);
  }

  public ServerConfig withExpensiveSearches(ExpensiveSearches.Limit newLimit) {
    return new ServerConfig(host, port, agentToken, adminToken, rateLimit, newLimit);
  }
}
