package org.kennisbank.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.function.BiConsumer;

/**
 * Headers on every response that tell browsers to refuse what the site never does: scripts or
 * styles from elsewhere or inline, being framed, sniffing a content type. Answers for anyone but
 * the public (the agent channel today, personal sessions later) are never stored in a cache.
 */
public final class SecurityHeaders {

  /** Only our own files; no inline script or style, no plugins, no framing, forms only to us. */
  public static final String CONTENT_SECURITY_POLICY = String.join("; ",
      "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self'",
      "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'");

  public void routes(RoutesConfig routes) {
    routes.before(SecurityHeaders::everyResponse);
    routes.beforeMatched(SecurityHeaders::notPublic);
  }

  private static void everyResponse(Context ctx) {
    apply(ctx::header);
  }

  /** Sets the headers of every response, also on answers Jetty makes before Javalin sees a request. */
  static void apply(BiConsumer<String, String> header) {
    header.accept("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    header.accept("X-Content-Type-Options", "nosniff");
    header.accept("X-Frame-Options", "DENY");
    header.accept("Referrer-Policy", "strict-origin-when-cross-origin");
  }

  /** Set before the access check runs, so that its refusals are not cached either. */
  private static void notPublic(Context ctx) {
    if (!ctx.routeRoles().contains(Role.PUBLIC)) {
      ctx.header("Cache-Control", "no-store");
    }
  }
}
