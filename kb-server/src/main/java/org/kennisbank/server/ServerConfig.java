package org.kennisbank.server;

import java.util.Objects;
import java.util.Optional;

/**
 * How the server runs: the address it binds and the bearer tokens that open the agent channel and
 * the admin API. Without its token a channel is closed: every request to it is refused.
 */
public record ServerConfig(String host, int port, Optional<String> agentToken, Optional<String> adminToken) {

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
  }

  /** Without an admin token: the admin API is closed. */
  public ServerConfig(String host, int port, Optional<String> agentToken) {
    this(host, port, agentToken, Optional.empty());
  }

  /** The same with the given admin token. */
  public ServerConfig withAdminToken(String token) {
    return new ServerConfig(host, port, agentToken, Optional.ofNullable(token));
  }

  /** For tests: loopback, a free port, and the given token. */
  public static ServerConfig forTest(String agentToken) {
    return new ServerConfig("127.0.0.1", 0, Optional.ofNullable(agentToken));
  }
}
