package org.kennisbank.server.agent;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kennisbank.core.Channel;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.server.http.Caller;
import org.kennisbank.server.http.JsonBody;
import org.kennisbank.server.http.Role;
import org.kennisbank.server.http.Routes;
import org.kennisbank.server.http.Urls;
import org.kennisbank.server.storage.ContactChannel;
import org.kennisbank.server.storage.ContactLink;
import org.kennisbank.server.storage.FeedbackItem;
import org.kennisbank.server.storage.FeedbackKind;
import org.kennisbank.server.storage.Ids;
import org.kennisbank.server.storage.Limits;
import org.kennisbank.server.storage.Storage;

/**
 * What the agent desktop writes and reads besides articles: links between contacts and articles,
 * feedback and missing-article reports (and their status), work instructions and read marks. Every
 * route declares {@link Role#AGENT} (editors and admins with a session pass by the role
 * hierarchy); the account is the session's, or the bearer token's name. A write answers after
 * the database committed it.
 */
public final class AgentDeskApi {

  /** At most this many of one's own queue items are listed. */
  static final int MINE_LIMIT = 200;

  private final KnowledgeBase kb;
  private final Storage storage;
  private final Clock clock;

  public AgentDeskApi(KnowledgeBase kb, Storage storage, Clock clock) {
    this.kb = kb;
    this.storage = storage;
    this.clock = clock;
  }

  public void routes(RoutesConfig routes) {
    routes.post(Urls.AGENT_API + "/links", this::link, Role.AGENT);
    routes.post(Urls.AGENT_API + "/feedback", this::feedback, Role.AGENT);
    routes.post(Urls.AGENT_API + "/missing", this::missing, Role.AGENT);
    Routes.get(routes, Urls.AGENT_API + "/feedback/mine", this::mine, Role.AGENT);
    Routes.get(routes, Urls.AGENT_API + "/messages", this::messages, Role.AGENT);
    routes.post(Urls.AGENT_API + "/messages/{id}/read", this::read, Role.AGENT);
  }

  private void link(Context ctx) {
    JsonBody body = JsonBody.of(ctx, Set.of("articleId", "section", "channel"));
    String articleId = article(body);
    Optional<String> section = body.optionalText("section", Limits.SECTION);
    ContactChannel channel = body.choice("channel", ContactChannel::fromId, ContactChannel.ids());
    ContactLink link = new ContactLink(Ids.newId(), now(), channel, articleId, section, Caller.of(ctx).account());
    storage.links().add(link);
    ctx.status(HttpStatus.CREATED).json(new DeskJson.Created(link.id(), link.at()));
  }

  private void feedback(Context ctx) {
    JsonBody body = JsonBody.of(ctx, Set.of("articleId", "section", "kind", "remark"));
    String articleId = article(body);
    Optional<String> section = body.optionalText("section", Limits.SECTION);
    FeedbackKind kind = body.choice("kind", FeedbackKind::fromId, FeedbackKind.ids());
    String remark = body.text("remark", Limits.REMARK);
    FeedbackItem item = FeedbackItem.feedback(now(), Caller.of(ctx).account(), articleId, section, kind, remark);
    storage.feedback().add(item);
    ctx.status(HttpStatus.CREATED).json(new DeskJson.Queued(item.id(), item.status().id()));
  }

  private void missing(Context ctx) {
    JsonBody body = JsonBody.of(ctx, Set.of("query", "note"));
    String query = body.requiredText("query", Limits.QUERY);
    String note = body.text("note", Limits.REMARK);
    FeedbackItem item = FeedbackItem.missing(now(), Caller.of(ctx).account(), query, note);
    storage.feedback().add(item);
    ctx.status(HttpStatus.CREATED).json(new DeskJson.Queued(item.id(), item.status().id()));
  }

  private void mine(Context ctx) {
    List<DeskJson.QueueItem> items = storage.feedback().byAccount(Caller.of(ctx).account(), MINE_LIMIT).stream()
        .map(DeskJson.QueueItem::of).toList();
    ctx.json(new DeskJson.Items<>(items));
  }

  private void messages(Context ctx) {
    Set<String> read = storage.messages().readBy(Caller.of(ctx).account());
    ctx.json(new DeskJson.Items<>(storage.messages().current(now()).stream()
        .map(message -> DeskJson.MessageView.of(message, read)).toList()));
  }

  private void read(Context ctx) {
    String id = ctx.pathParam("id");
    if (!Ids.isId(id) || storage.messages().find(id).isEmpty()) {
      throw new NotFoundResponse("no message with id '" + id + "'");
    }
    storage.messages().markRead(id, Caller.of(ctx).account(), now());
    ctx.status(HttpStatus.NO_CONTENT);
  }

  /** The article the body names; it must exist for agents. */
  private String article(JsonBody body) {
    String id = body.requiredText("articleId", Limits.ARTICLE_ID);
    if (kb.article(id, Channel.AGENT).isEmpty()) {
      throw new BadRequestResponse("field 'articleId' names no article: '" + id + "'");
    }
    return id;
  }

  private Instant now() {
    return clock.instant();
  }
}
