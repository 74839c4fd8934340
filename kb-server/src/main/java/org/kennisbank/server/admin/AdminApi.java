package org.kennisbank.server.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.kennisbank.core.ContentProblem;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.server.api.Json;
import org.kennisbank.server.http.Role;
import org.kennisbank.server.http.Routes;
import org.kennisbank.server.http.Urls;

/**
 * The admin API for operators: what {@code /health} keeps from the public, the content folder and
 * every content problem with its file and line. Every route declares {@link Role#ADMIN}.
 */
public final class AdminApi {

  /** At most this many problems in one answer; {@code ./kb validate} lists them all. */
  static final int SHOWN_PROBLEMS = 100;

  private final KnowledgeBase kb;

  public AdminApi(KnowledgeBase kb) {
    this.kb = kb;
  }

  public void routes(RoutesConfig routes) {
    Routes.get(routes, Urls.ADMIN_HEALTH, this::health, Role.ADMIN);
  }

  /** The health with its details: the same status (503 when down) as {@code /health}. */
  public record HealthDetails(String status, String content, int articles, long errors, long warnings,
      List<String> problems) {}

  private void health(Context ctx) {
    Json.HealthView health = Json.HealthView.of(kb);
    ctx.status(health.status().equals(Json.HealthView.DOWN) ? 503 : 200);
    ctx.json(new HealthDetails(health.status(), kb.origin(), health.articles(), health.errors(), health.warnings(),
        kb.problems().stream().limit(SHOWN_PROBLEMS).map(ContentProblem::toString).toList()));
  }
}
