package org.kennisbank.server.agent.desktop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.kennisbank.server.account.Sessions;
import org.kennisbank.server.http.Role;
import org.kennisbank.server.http.Routes;
import org.kennisbank.server.http.Urls;
import org.kennisbank.server.website.AssetFolder;
import org.kennisbank.server.website.Templates;

/**
 * The agent desktop: one page ({@code /agent}, role agent) whose scripts search, show articles and
 * send links, feedback and missing-article reports through the agent API, plus those scripts and
 * the stylesheet. The page itself holds no article text.
 */
public final class Desktop {

  private final Templates templates;
  private final AssetFolder assets = DeskAssets.folder();

  public Desktop(Templates templates) {
    this.templates = templates;
  }

  public void routes(RoutesConfig routes) {
    Routes.get(routes, Urls.AGENT_DESK, this::page, Role.AGENT);
    Routes.get(routes, assets.route(), assets::serve, Role.PUBLIC);
  }

  /** A machine client with the bearer token gets the page too, without a name or a token to write with. */
  private void page(Context ctx) {
    DeskPage page = Sessions.current(ctx).map(signedIn -> new DeskPage(signedIn.displayName(), signedIn.csrfToken()))
        .orElseGet(() -> new DeskPage("", ""));
    ctx.html(templates.render("agent/desk.jte", page));
  }
}
