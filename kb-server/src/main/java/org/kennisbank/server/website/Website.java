package org.kennisbank.server.website;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import org.kennisbank.core.Article;
import org.kennisbank.core.ArticleType;
import org.kennisbank.core.Channel;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.core.SearchRequest;
import org.kennisbank.core.ThemeSummary;
import org.kennisbank.server.http.Params;
import org.kennisbank.server.http.Role;
import org.kennisbank.server.http.Routes;
import org.kennisbank.server.http.Searches;
import org.kennisbank.server.http.Urls;

/**
 * The public website: home, search, article and theme pages, rendered from templates over the
 * same articles as the API, plus its static files and the chat widget's scripts (every page
 * carries the widget; it talks to {@code POST /api/chat/answer}). Only public views of articles are
 * used here, so internal notes cannot reach a page.
 */
public final class Website {

  private final KnowledgeBase kb;
  private final Templates templates;
  private final Searches searches;
  private final Asset stylesheet = Asset.load("site.css", "text/css; charset=utf-8");
  private final Asset favicon = Asset.load("favicon.svg", "image/svg+xml");
  private final Asset robots = Asset.load("robots.txt", "text/plain; charset=utf-8");
  private final AssetFolder widget = new AssetFolder(Website.class, Urls.WIDGET_ASSETS,
      Map.of("chat.js", AssetFolder.SCRIPT, "chat-reply.js", AssetFolder.SCRIPT, "chat.css", AssetFolder.STYLESHEET));

  public Website(KnowledgeBase kb, Templates templates, Searches searches) {
    this.kb = kb;
    this.templates = templates;
    this.searches = searches;
  }

  public void routes(RoutesConfig routes) {
    Routes.get(routes, Urls.HOME, this::home, Role.PUBLIC);
    Routes.get(routes, Urls.SEARCH, this::search, Role.PUBLIC);
    Routes.get(routes, Urls.ARTICLE_ROUTE, this::article, Role.PUBLIC);
    Routes.get(routes, Urls.THEME_ROUTE, this::theme, Role.PUBLIC);
    Routes.get(routes, Urls.STYLESHEET, stylesheet::serve, Role.PUBLIC);
    Routes.get(routes, Urls.FAVICON, favicon::serve, Role.PUBLIC);
    Routes.get(routes, Urls.LEGACY_FAVICON, favicon::serve, Role.PUBLIC);
    Routes.get(routes, Urls.ROBOTS, robots::serve, Role.PUBLIC);
    Routes.get(routes, widget.route(), widget::serve, Role.PUBLIC);
  }

  private void home(Context ctx) {
    ctx.html(templates.render("home.jte", kb.themes()));
  }

  private void search(Context ctx) {
    SearchRequest request = Params.searchRequest(ctx, Channel.PUBLIC);
    if (request.query().isBlank()) {
      ctx.html(templates.render("search-form.jte", Map.of()));
      return;
    }
    ctx.html(templates.render("search.jte", SearchPage.of(request, searches.search(ctx, request))));
  }

  private void article(Context ctx) {
    String id = ctx.pathParam("id");
    Article article = kb.article(id, Channel.PUBLIC).orElseThrow(() ->
        new NotFoundResponse("Deze pagina bestaat niet (meer)."));
    if (article.type() == ArticleType.THEME) {
      ctx.redirect(Urls.theme(id));
      return;
    }
    ctx.html(templates.render("article.jte", ArticlePage.of(article, kb)));
  }

  private void theme(Context ctx) {
    String id = ctx.pathParam("id");
    ThemeSummary theme = kb.themes().stream().filter(t -> t.id().equals(id)).findFirst()
        .orElseThrow(() -> new NotFoundResponse("Dit thema bestaat niet."));
    ctx.html(templates.render("theme.jte", ThemePage.of(theme, kb)));
  }
}
