package org.kennisbank.server.agent.desktop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.kennisbank.server.http.Role;
import org.kennisbank.server.http.Routes;
import org.kennisbank.server.http.Urls;
import org.kennisbank.server.website.Templates;

/**
 * The agent desktop: one page ({@code /agent}, role agent) whose scripts search, show articles and
 * send links, feedback and missing-article reports through the agent API, plus those scripts and
 * the stylesheet. The page itself holds no article text.
 */
public final class Desktop {

  private final Templates templates;
  private final DeskAssets assets = new DeskAssets();

  public Desktop(Templates templates) {
    this.templates = templates;
  }

  public void routes(RoutesConfig routes) {
    Routes.get(routes, Urls.AGENT_DESK, this::page, Role.AGENT);
    Routes.get(routes, Urls.AGENT_DESK_ASSETS + "{name}", assets::serve, Role.PUBLIC);
  }

  private void page(Context ctx) {
    ctx.html(templates.render("agent/desk.jte", new DeskPage("", "")));
  }
}
