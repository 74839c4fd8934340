package org.kennisbank.server.website;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A fixed set of script modules and stylesheets served under one path ({@code base + name}), read
 * once at start-up from {@code assets/} beside {@code owner}; any other name is a 404. Served with
 * {@code no-cache}: the browser asks again on every load, so a new version of one module never
 * meets an old version of another from its cache. They hold code and fixed labels only, never
 * article text, so anyone may load them. Immutable and thread-safe.
 */
public final class AssetFolder {

  /** The content type of an ES module. */
  public static final String SCRIPT = "text/javascript; charset=utf-8";
  public static final String STYLESHEET = "text/css; charset=utf-8";

  private final String base;
  private final Map<String, Asset> byName;

  /**
   * @param base the path the files are served under, ending in {@code /}
   * @param files file name to content type
   * @throws IllegalStateException when a file is missing from the classpath
   */
  public AssetFolder(Class<?> owner, String base, Map<String, String> files) {
    if (!base.endsWith("/")) {
      throw new IllegalArgumentException("base must end with '/'; got: " + base);
    }
    this.base = base;
    this.byName = files.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
        file -> Asset.load(owner, file.getKey(), file.getValue())));
  }

  /** The route pattern, with the file name as path parameter {@code name}. */
  public String route() {
    return base + "{name}";
  }

  public void serve(Context ctx) {
    Asset asset = byName.get(ctx.pathParam("name"));
    if (asset == null) {
      throw new NotFoundResponse("Dit bestand bestaat niet.");
    }
    ctx.contentType(asset.contentType()).header("Cache-Control", "no-cache").result(asset.bytes());
  }
}
