package org.kennisbank.server.agent;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.kennisbank.core.Article;
import org.kennisbank.core.Channel;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.core.SearchRequest;
import org.kennisbank.core.SearchResult;
import org.kennisbank.server.api.Json;
import org.kennisbank.server.api.PublicApi;
import org.kennisbank.server.http.Params;
import org.kennisbank.server.http.Role;
import org.kennisbank.server.http.Routes;
import org.kennisbank.server.http.Searches;
import org.kennisbank.server.http.Urls;

/**
 * The agent channel's JSON API: the public answers plus internal notes, handling line and owner.
 * Every route here declares {@link Role#AGENT}; the access check refuses everyone else.
 */
public final class AgentApi {

  private final KnowledgeBase kb;
  private final Searches searches;

  public AgentApi(KnowledgeBase kb, Searches searches) {
    this.kb = kb;
    this.searches = searches;
  }

  public void routes(RoutesConfig routes) {
    Routes.get(routes, Urls.AGENT_API + "/search", this::search, Role.AGENT);
    Routes.get(routes, Urls.AGENT_API + "/articles/{id}", this::article, Role.AGENT);
    // The desktop's completions: the public ones, but not behind the public rate limit, which a
    // contact centre's agents would share behind one address.
    Routes.get(routes, Urls.AGENT_API + "/suggest", ctx -> PublicApi.suggest(kb, ctx), Role.AGENT);
  }

  private void search(Context ctx) {
    SearchRequest request = Params.searchRequest(ctx, Channel.AGENT);
    SearchResult result = searches.search(ctx, request);
    ctx.json(Json.SearchView.of(request, result, result.hits().stream().map(hit -> AgentJson.Hit.of(hit, kb)).toList()));
  }

  private void article(Context ctx) {
    String id = ctx.pathParam("id");
    Article article = kb.article(id, Channel.AGENT).orElseThrow(() ->
        new NotFoundResponse("no article with id '" + id + "'"));
    ctx.json(AgentJson.ArticleView.of(article, kb));
  }
}
