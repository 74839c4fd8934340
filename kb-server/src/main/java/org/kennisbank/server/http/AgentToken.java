package org.kennisbank.server.http;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The shared bearer token that grants the agent role: {@code Authorization: Bearer <token>}.
 * Without a configured token the agent channel is closed (403 for every request); a missing or
 * wrong token is a 401 with a {@code WWW-Authenticate} challenge. Compared in constant time.
 */
public final class AgentToken {

  private final Optional<String> token;
  private final String variable;

  /**
   * @param token the configured token, empty when the agent channel is closed
   * @param variable where an operator sets the token, named in the refusal
   */
  public AgentToken(Optional<String> token, String variable) {
    this.token = token;
    this.variable = variable;
  }

  /** Returns when the request carries the configured token; throws the refusal otherwise. */
  void authenticate(Context ctx) {
    if (token.isEmpty()) {
      throw new ForbiddenResponse("the agent channel is closed: the server has no agent token configured (set "
          + variable + ")");
    }
    String header = Optional.ofNullable(ctx.header("Authorization")).orElse("");
    if (!header.startsWith("Bearer ")) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new UnauthorizedResponse("the agent channel needs the header 'Authorization: Bearer <token>'");
    }
    byte[] given = header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
    byte[] expected = token.get().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, expected)) {
      ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      throw new UnauthorizedResponse("the bearer token is not valid for the agent channel");
    }
  }
}
