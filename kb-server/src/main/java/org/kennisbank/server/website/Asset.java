package org.kennisbank.server.website;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A static file (stylesheet, script, icon), read once from the classpath folder {@code assets/}
 * next to the class that owns it. Immutable and thread-safe.
 */
public record Asset(String contentType, byte[] bytes) {

  static Asset load(String name, String contentType) {
    return load(Asset.class, name, contentType);
  }

  /** The file {@code assets/<name>} beside {@code owner}; fails at start-up when it is missing. */
  public static Asset load(Class<?> owner, String name, String contentType) {
    try (InputStream in = owner.getResourceAsStream("assets/" + name)) {
      if (in == null) {
        throw new IllegalStateException("asset missing from the classpath: " + owner.getPackageName() + " assets/" + name);
      }
      return new Asset(contentType, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read website asset " + name, e);
    }
  }

  void serve(Context ctx) {
    ctx.contentType(contentType).header("Cache-Control", "public, max-age=3600").result(bytes);
  }
}
