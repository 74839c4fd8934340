package org.kennisbank.server.agent.desktop;

import java.util.Map;
import org.kennisbank.server.http.Urls;
import org.kennisbank.server.website.AssetFolder;

/**
 * The desktop's scripts (ES modules) and stylesheet, served as an {@link AssetFolder}. They hold
 * code and fixed labels only, never article text; the article text comes from the agent API,
 * which checks the role.
 */
final class DeskAssets {

  private static final String SCRIPT = AssetFolder.SCRIPT;
  /** File name to content type. */
  private static final Map<String, String> FILES = Map.of(
      "desk.js", SCRIPT, "api.js", SCRIPT, "dom.js", SCRIPT, "search.js", SCRIPT, "article.js", SCRIPT,
      "reports.js", SCRIPT, "messages.js", SCRIPT, "desk.css", AssetFolder.STYLESHEET);

  private DeskAssets() {}

  static AssetFolder folder() {
    return new AssetFolder(DeskAssets.class, Urls.AGENT_DESK_ASSETS, FILES);
  }
}
