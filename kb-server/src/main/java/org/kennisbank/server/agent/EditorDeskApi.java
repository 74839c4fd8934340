package org.kennisbank.server.agent;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.kennisbank.server.http.Caller;
import org.kennisbank.server.http.JsonBody;
import org.kennisbank.server.http.Role;
import org.kennisbank.server.http.Urls;
import org.kennisbank.server.storage.FeedbackStatus;
import org.kennisbank.server.storage.Ids;
import org.kennisbank.server.storage.Limits;
import org.kennisbank.server.storage.Message;
import org.kennisbank.server.storage.Storage;

/**
 * The two editor writes the desktop depends on: publishing a work instruction or news message,
 * and moving a feedback item or missing-article report to another status. Both declare
 * {@link Role#EDITOR}; the rest of the editors' API lives in its own room.
 */
public final class EditorDeskApi {

  private final Storage storage;
  private final Clock clock;

  public EditorDeskApi(Storage storage, Clock clock) {
    this.storage = storage;
    this.clock = clock;
  }

  public void routes(RoutesConfig routes) {
    routes.post(Urls.EDITOR_API + "/messages", this::createMessage, Role.EDITOR);
    routes.patch(Urls.EDITOR_API + "/feedback/{id}", this::changeStatus, Role.EDITOR);
  }

  private void createMessage(Context ctx) {
    JsonBody body = JsonBody.of(ctx, Set.of("title", "body", "important", "publishFrom", "publishUntil"));
    Instant now = clock.instant();
    String title = body.requiredText("title", Limits.TITLE);
    String text = body.requiredText("body", Limits.BODY);
    boolean important = body.bool("important", false);
    Instant from = body.instant("publishFrom").orElse(now);
    Optional<Instant> until = body.instant("publishUntil");
    if (until.isPresent() && !until.get().isAfter(from)) {
      throw new BadRequestResponse("field 'publishUntil' must be after publishFrom (" + from + "); got " + until.get());
    }
    Message message = new Message(Ids.newId(), title, text, important, from, until, Caller.of(ctx).account(), now);
    storage.messages().add(message);
    ctx.status(HttpStatus.CREATED).json(DeskJson.MessageView.of(message, Set.of()));
  }

  private void changeStatus(Context ctx) {
    String id = ctx.pathParam("id");
    JsonBody body = JsonBody.of(ctx, Set.of("status"));
    FeedbackStatus status = body.choice("status", FeedbackStatus::fromId, FeedbackStatus.ids());
    if (!Ids.isId(id)) {
      throw new NotFoundResponse("no feedback with id '" + id + "'");
    }
    DeskJson.QueueItem changed = storage.feedback().changeStatus(id, status, clock.instant(), Caller.of(ctx).account())
        .map(DeskJson.QueueItem::of)
        .orElseThrow(() -> new NotFoundResponse("no feedback with id '" + id + "'"));
    ctx.json(changed);
  }
}
