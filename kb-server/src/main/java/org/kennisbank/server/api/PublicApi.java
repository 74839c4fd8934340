package org.kennisbank.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.kennisbank.core.Article;
import org.kennisbank.core.Channel;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.core.SearchRequest;
import org.kennisbank.core.SearchResult;
import org.kennisbank.server.http.Params;
import org.kennisbank.server.http.Role;
import org.kennisbank.server.http.Routes;
import org.kennisbank.server.http.Searches;
import org.kennisbank.server.http.Urls;

/**
 * The public JSON API for the website's scripts, the chatbot and other channels, and the health
 * check. Every answer is built from public views of articles only.
 */
public final class PublicApi {

  private final KnowledgeBase kb;
  private final Searches searches;

  public PublicApi(KnowledgeBase kb, Searches searches) {
    this.kb = kb;
    this.searches = searches;
  }

  public void routes(RoutesConfig routes) {
    Routes.get(routes, Urls.HEALTH, this::health, Role.PUBLIC);
    Routes.get(routes, Urls.API + "/search", this::search, Role.PUBLIC);
    Routes.get(routes, Urls.API + "/suggest", ctx -> suggest(kb, ctx), Role.PUBLIC);
    Routes.get(routes, Urls.API + "/articles/{id}", this::article, Role.PUBLIC);
    Routes.get(routes, Urls.API + "/themes", this::themes, Role.PUBLIC);
  }

  private void search(Context ctx) {
    SearchRequest request = Params.searchRequest(ctx, Channel.PUBLIC);
    SearchResult result = searches.search(ctx, request);
    ctx.json(Json.SearchView.of(request, result, result.hits().stream().map(Json.Hit::of).toList()));
  }

  /** Completions from titles and keywords ({@code q}, {@code limit}); public text only. */
  public static void suggest(KnowledgeBase kb, Context ctx) {
    String query = Params.query(ctx);
    int limit = Params.integer(ctx, "limit", 8, 1, 20);
    ctx.json(new Json.SuggestView(query, kb.suggest(query, limit).stream().map(Json.SuggestionView::of).toList()));
  }

  private void article(Context ctx) {
    String id = ctx.pathParam("id");
    Article article = kb.article(id, Channel.PUBLIC).orElseThrow(() ->
        new NotFoundResponse("no article with id '" + id + "'"));
    ctx.json(Json.ArticleView.of(article, kb));
  }

  private void themes(Context ctx) {
    ctx.json(kb.themes().stream().map(Json.ThemeView::of).toList());
  }

  /** 503 when down, so that a load balancer stops sending traffic here; the details are at the admin API. */
  private void health(Context ctx) {
    Json.HealthView health = Json.HealthView.of(kb);
    ctx.status(health.status().equals(Json.HealthView.DOWN) ? 503 : 200).json(health);
  }
}
