package org.kennisbank.server;

import java.util.Objects;
import java.util.Optional;

/**
 * How the server runs: the address it binds and the bearer token that opens the agent channel.
 * Without a token the agent channel is closed: every request to it is refused.
 */
public record ServerConfig(String host, int port, Optional<String> agentToken) {

  public static final int DEFAULT_PORT = 7070;
  /** The environment variable that holds the agent token. */
  public static final String AGENT_TOKEN_VARIABLE = "KB_AGENT_TOKEN";

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535; got: " + port);
    }
    agentToken = agentToken.filter(token -> !token.isBlank());
  }

  /** For tests: loopback, a free port, and the given token. */
  public static ServerConfig forTest(String agentToken) {
    return new ServerConfig("127.0.0.1", 0, Optional.ofNullable(agentToken));
  }
}
