package org.kennisbank.server.http;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Cross-site request forgery protection for requests a browser sends with a session cookie: a
 * state-changing request (POST, PUT, PATCH, DELETE) must carry the session's token, in the
 * header {@value #HEADER} (scripts) or the form field {@value #FIELD} (forms). Another site can
 * make a browser send the cookie but cannot read the token. Bearer-token requests need none: no
 * browser adds an {@code Authorization} header on its own.
 */
public final class Csrf {

  public static final String HEADER = "X-CSRF-Token";
  public static final String FIELD = "_csrf";
  private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

  private Csrf() {}

  public static boolean isStateChanging(Context ctx) {
    return STATE_CHANGING.contains(ctx.method().name());
  }

  /** Refuses the request with 403 unless it is safe or carries {@code expected}. */
  public static void require(Context ctx, String expected) {
    if (isStateChanging(ctx) && !matches(presented(ctx), expected)) {
      throw new ForbiddenResponse("missing or wrong CSRF token: send the session's token in the header "
          + HEADER + " or the form field " + FIELD);
    }
  }

  /** Whether {@code given} is {@code expected}, compared in constant time. */
  public static boolean matches(Optional<String> given, String expected) {
    return given.isPresent() && MessageDigest.isEqual(given.get().getBytes(StandardCharsets.UTF_8),
        expected.getBytes(StandardCharsets.UTF_8));
  }

  /** The token in the header, or else in the form field of a form body; a JSON body is never read here. */
  public static Optional<String> presented(Context ctx) {
    Optional<String> header = Optional.ofNullable(ctx.header(HEADER)).filter(value -> !value.isBlank());
    if (header.isPresent()) {
      return header;
    }
    String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
    return type.startsWith("application/x-www-form-urlencoded") ? Optional.ofNullable(ctx.formParam(FIELD)) : Optional.empty();
  }
}
