package org.kennisbank.server.http;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;

/**
 * A shared service token that grants one role: {@code Authorization: Bearer <token>}. Without a
 * configured token the routes of that role are closed (403 for every request); a missing or wrong
 * token is a 401 with a {@code WWW-Authenticate} challenge. Compared in constant time. Immutable
 * and thread-safe.
 */
public final class BearerToken {

  private final Optional<String> token;
  private final String variable;
  private final String routes;
  private final String account;

  /**
   * @param token the configured token, empty when the routes it opens are closed
   * @param variable where an operator sets the token, named in the refusal
   * @param routes what the token opens, as the refusals name it ("the admin API")
   * @param account the name its requests are recorded under ({@code api-agent})
   */
  public BearerToken(Optional<String> token, String variable, String routes, String account) {
    this.token = token.filter(value -> !value.isBlank());
    this.variable = Objects.requireNonNull(variable, "variable");
    this.routes = Objects.requireNonNull(routes, "routes");
    this.account = Objects.requireNonNull(account, "account");
  }

  /** The token of the agent channel, set in {@code variable}; its writes are recorded as {@code api-agent}. */
  public static BearerToken agent(Optional<String> token, String variable) {
    return new BearerToken(token, variable, "the agent channel", "api-agent");
  }

  /** The token of the admin API (health details), set in {@code variable}. */
  public static BearerToken admin(Optional<String> token, String variable) {
    return new BearerToken(token, variable, "the admin API", "api-admin");
  }

  /** The account name under which the token's requests are recorded. */
  String account() {
    return account;
  }

  /** Returns when the request carries the configured token; throws the refusal otherwise. */
  void authenticate(Context ctx) {
    if (token.isEmpty()) {
      throw new ForbiddenResponse(routes + " is closed: the server has no token configured for it (set "
          + variable + ")");
    }
    String header = Optional.ofNullable(ctx.header("Authorization")).orElse("");
    if (!header.startsWith("Bearer ")) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new UnauthorizedResponse(routes + " needs the header 'Authorization: Bearer <token>'");
    }
    byte[] given = header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
    byte[] expected = token.get().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, expected)) {
      ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      throw new UnauthorizedResponse("the bearer token is not valid for " + routes);
    }
  }
}
