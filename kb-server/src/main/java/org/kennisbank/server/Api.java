package org.kennisbank.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.kennisbank.core.Article;
import org.kennisbank.core.Channel;
import org.kennisbank.core.ContentProblem;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.core.SearchRequest;
import org.kennisbank.core.SearchResult;

/**
 * The JSON API handlers. Public handlers build public views only; agent handlers run behind
 * {@link #requireAgent}, which checks the bearer token.
 */
final class Api {

  private final KnowledgeBase kb;
  private final Optional<String> agentToken;

  Api(KnowledgeBase kb, Optional<String> agentToken) {
    this.kb = kb;
    this.agentToken = agentToken;
  }

  void search(Context ctx) {
    SearchRequest request = Params.searchRequest(ctx, Channel.PUBLIC);
    SearchResult result = kb.search(request);
    ctx.json(Json.SearchView.of(request, result, result.hits().stream().map(Json.Hit::of).toList()));
  }

  void suggest(Context ctx) {
    String query = Optional.ofNullable(ctx.queryParam("q")).orElse("");
    if (query.length() > SearchRequest.MAX_QUERY_LENGTH) {
      throw ApiException.badRequest("parameter 'q' must be at most " + SearchRequest.MAX_QUERY_LENGTH + " characters");
    }
    int limit = Params.integer(ctx, "limit", 8, 1, 20);
    ctx.json(new Json.SuggestView(query, kb.suggest(query, limit).stream().map(Json.SuggestionView::of).toList()));
  }

  void article(Context ctx) {
    ctx.json(Json.ArticleView.of(find(ctx.pathParam("id"), Channel.PUBLIC), kb));
  }

  void themes(Context ctx) {
    ctx.json(kb.themes().stream().map(Json.ThemeView::of).toList());
  }

  void health(Context ctx) {
    List<ContentProblem> problems = kb.problems();
    long errors = problems.stream().filter(p -> p.severity() == ContentProblem.Severity.ERROR).count();
    long warnings = problems.size() - errors;
    String status = kb.size() == 0 ? "down" : errors > 0 ? "degraded" : "ok";
    ctx.status(kb.size() == 0 ? 503 : 200);
    ctx.json(new Json.HealthView(status, kb.origin(), kb.size(), errors, warnings,
        problems.stream().limit(100).map(ContentProblem::toString).toList()));
  }

  void agentSearch(Context ctx) {
    SearchRequest request = Params.searchRequest(ctx, Channel.AGENT);
    SearchResult result = kb.search(request);
    ctx.json(Json.SearchView.of(request, result, result.hits().stream().map(hit -> Json.AgentHit.of(hit, kb)).toList()));
  }

  void agentArticle(Context ctx) {
    ctx.json(Json.AgentArticleView.of(find(ctx.pathParam("id"), Channel.AGENT), kb));
  }

  private Article find(String id, Channel channel) {
    return kb.article(id, channel).orElseThrow(() ->
        ApiException.notFound("no article with id '" + id + "'"));
  }

  /** Refuses the request unless it carries {@code Authorization: Bearer <token>} with the configured token. */
  void requireAgent(Context ctx) {
    if (agentToken.isEmpty()) {
      throw new ApiException(403, "the agent channel is closed: the server has no agent token configured (set "
          + ServerConfig.AGENT_TOKEN_VARIABLE + ")");
    }
    String header = Optional.ofNullable(ctx.header("Authorization")).orElse("");
    if (!header.startsWith("Bearer ")) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw ApiException.unauthorized("the agent channel needs the header 'Authorization: Bearer <token>'");
    }
    byte[] given = header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
    byte[] expected = agentToken.get().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, expected)) {
      ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      throw ApiException.unauthorized("the bearer token is not valid for the agent channel");
    }
  }
}
