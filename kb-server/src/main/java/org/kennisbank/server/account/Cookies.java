package org.kennisbank.server.account;

import io.javalin.http.Context;

/**
 * Writes the {@code Set-Cookie} headers of sessions by hand, so that every flag is visible here:
 * always {@code HttpOnly} (no script reads them), {@code SameSite}, and {@code Secure} when the
 * request came over https. Values are base64url tokens and need no quoting.
 */
final class Cookies {

  private Cookies() {}

  static void set(Context ctx, String name, String value, String path, String sameSite) {
    ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=" + path + "; HttpOnly; SameSite=" + sameSite
        + (isHttps(ctx) ? "; Secure" : ""));
  }

  static void clear(Context ctx, String name, String path) {
    ctx.res().addHeader("Set-Cookie", name + "=; Path=" + path + "; Max-Age=0; HttpOnly; SameSite=Lax"
        + (isHttps(ctx) ? "; Secure" : ""));
  }

  static boolean isHttps(Context ctx) {
    return "https".equalsIgnoreCase(ctx.scheme());
  }
}
