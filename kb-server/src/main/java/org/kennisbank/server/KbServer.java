package org.kennisbank.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import org.kennisbank.core.InvalidRequestException;
import org.kennisbank.core.KnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server of Kennisbank, built in one place. Routes by channel:
 *
 * <ul>
 *   <li>{@code /api/...}: the public JSON API for the website and the chatbot;
 *   <li>{@code /api/agent/...}: the agent channel, with internal notes, behind a bearer token;
 *   <li>{@code /}, {@code /zoeken}, {@code /artikelen/{id}}, {@code /themas/{id}}: the website.
 * </ul>
 *
 * Handlers throw {@link ApiException}; one place turns it into a JSON error.
 */
public final class KbServer {

  private static final Logger LOG = LoggerFactory.getLogger(KbServer.class);

  private KbServer() {}

  /** A configured server that is not started yet; call {@code start()} on it. */
  public static Javalin create(KnowledgeBase kb, ServerConfig config) {
    Api api = new Api(kb, config.agentToken());
    WebPages pages = new WebPages(kb);
    ObjectMapper mapper = new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    return Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.jetty.host = config.host();
      cfg.jetty.port = config.port();
      cfg.jsonMapper(new JavalinJackson(mapper, false));
      cfg.http.defaultContentType = "application/json";

      cfg.routes.get("/health", api::health);
      cfg.routes.get("/api/search", api::search);
      cfg.routes.get("/api/suggest", api::suggest);
      cfg.routes.get("/api/articles/{id}", api::article);
      cfg.routes.get("/api/themes", api::themes);

      cfg.routes.before("/api/agent/*", api::requireAgent);
      cfg.routes.get("/api/agent/search", api::agentSearch);
      cfg.routes.get("/api/agent/articles/{id}", api::agentArticle);

      cfg.routes.get("/", pages::home);
      cfg.routes.get("/zoeken", pages::search);
      cfg.routes.get("/artikelen/{id}", pages::article);
      cfg.routes.get("/themas/{id}", pages::theme);
      cfg.routes.get("/assets/site.css", pages::stylesheet);

      cfg.routes.exception(ApiException.class, (e, ctx) -> respond(ctx, e.status(), e.getMessage()));
      cfg.routes.exception(InvalidRequestException.class, (e, ctx) -> respond(ctx, 400, e.getMessage()));
      cfg.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("request {} failed", ctx.path(), e);
        respond(ctx, 500, "something went wrong on our side; the error is logged");
      });
      cfg.routes.error(404, ctx -> {
        if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint")) {
          respond(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path());
        }
      });
    });
  }

  private static void respond(io.javalin.http.Context ctx, int status, String message) {
    if (ctx.path().startsWith("/api/") || ctx.path().equals("/health")) {
      ctx.status(status).json(new Json.ErrorView(status, message));
    } else {
      ctx.status(status).html(WebPages.errorPage(status, message));
    }
  }
}
