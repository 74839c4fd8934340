package org.kennisbank.server.chat;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.kennisbank.server.http.Params;
import org.kennisbank.server.http.Role;
import org.kennisbank.server.http.Routes;
import org.kennisbank.server.http.Urls;
import org.kennisbank.server.storage.ChatLog;
import org.kennisbank.server.storage.ChatLogEntry;

/**
 * {@code GET /api/admin/chat-log?limit=N}: the newest chat log lines (questions with personal data
 * already removed), for editors and admins; default {@value #DEFAULT_LIMIT}, at most
 * {@value #MAX_LIMIT}.
 */
public final class ChatLogApi {

  public static final String CHAT_LOG = Urls.ADMIN_API + "/chat-log";
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;

  private final ChatLog log;

  public ChatLogApi(ChatLog log) {
    this.log = log;
  }

  public void routes(RoutesConfig routes) {
    Routes.get(routes, CHAT_LOG, this::list, Role.EDITOR, Role.ADMIN);
  }

  /** One line as JSON: the time as ISO-8601, null article and section on a handover. */
  public record Line(String at, String conversationId, String question, String reason, boolean handover,
      double confidence, String articleId, String section) {
    static Line of(ChatLogEntry entry) {
      return new Line(entry.at().toString(), entry.conversationId(), entry.question(), entry.reason(), entry.handover(),
          entry.confidence(), entry.articleId().orElse(null), entry.section().orElse(null));
    }
  }

  private void list(Context ctx) {
    int limit = Params.integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    List<Line> lines = log.newest(limit).stream().map(Line::of).toList();
    ctx.json(lines);
  }
}
