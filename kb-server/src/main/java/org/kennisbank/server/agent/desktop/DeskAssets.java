package org.kennisbank.server.agent.desktop;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kennisbank.server.http.Urls;
import org.kennisbank.server.website.Asset;

/**
 * The desktop's scripts (ES modules) and stylesheet, a fixed list read once at start-up; any other
 * name is a 404. They hold code and fixed labels only, never article text, so anyone may load
 * them; the article text comes from the agent API, which checks the role. Thread-safe.
 */
final class DeskAssets {

  private static final String SCRIPT = "text/javascript; charset=utf-8";
  /** File name to content type. */
  private static final Map<String, String> FILES = Map.of(
      "desk.js", SCRIPT, "api.js", SCRIPT, "dom.js", SCRIPT, "search.js", SCRIPT, "article.js", SCRIPT,
      "reports.js", SCRIPT, "messages.js", SCRIPT, "desk.css", "text/css; charset=utf-8");

  private final Map<String, Asset> byName = FILES.entrySet().stream()
      .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
          file -> Asset.load(DeskAssets.class, file.getKey(), file.getValue())));

  /** Every asset's path, for the test that none carries article text. */
  static List<String> paths() {
    return FILES.keySet().stream().sorted().map(name -> Urls.AGENT_DESK_ASSETS + name).toList();
  }

  /**
   * {@code no-cache}: the browser asks again on every load, so a new version of one module never
   * meets an old version of another from its cache.
   */
  void serve(Context ctx) {
    Asset asset = byName.get(ctx.pathParam("name"));
    if (asset == null) {
      throw new NotFoundResponse("Dit bestand bestaat niet.");
    }
    ctx.contentType(asset.contentType()).header("Cache-Control", "no-cache").result(asset.bytes());
  }
}
