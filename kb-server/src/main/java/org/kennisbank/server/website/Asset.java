package org.kennisbank.server.website;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A static file of the website, read once from the classpath next to this class. */
record Asset(String contentType, byte[] bytes) {

  static Asset load(String name, String contentType) {
    try (InputStream in = Asset.class.getResourceAsStream("assets/" + name)) {
      if (in == null) {
        throw new IllegalStateException("website asset missing from the classpath: assets/" + name);
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
