package org.kennisbank.server.chat;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.kennisbank.server.http.Role;
import org.kennisbank.server.http.Routes;
import org.kennisbank.server.http.Urls;

/**
 * The chatbot's room: {@code POST /api/chat/answer}, and {@code GET /api/chat/contact} with the
 * contact centre's phone number and hours for the widget's handover; public and rate limited like every public
 * route. The body is read strictly ({@link ChatRequest}); larger than {@value ChatRequest#MAX_BODY_BYTES}
 * bytes is a 413. Every answer is built from public text only. Answers are not cached by clients
 * ({@code Cache-Control: no-store}): they belong to one conversation.
 */
public final class ChatApi {

  public static final String ANSWER = Urls.API + "/chat/answer";
  /** The contact centre's phone number and hours, which the widget shows on a handover. */
  public static final String CONTACT = Urls.API + "/chat/contact";

  private final ChatService chat;
  private final ContactCentre contact;

  public ChatApi(ChatService chat, ContactCentre contact) {
    this.chat = chat;
    this.contact = contact;
  }

  public void routes(RoutesConfig routes) {
    routes.post(ANSWER, this::answer, Role.PUBLIC);
    Routes.get(routes, CONTACT, this::contact, Role.PUBLIC);
  }

  private void contact(Context ctx) {
    ctx.header("Cache-Control", "public, max-age=300").json(contact);
  }

  private void answer(Context ctx) {
    long declared = ctx.contentLength();
    if (declared > ChatRequest.MAX_BODY_BYTES) {
      throw tooLarge(declared);
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length > ChatRequest.MAX_BODY_BYTES) {
      throw tooLarge(body.length);
    }
    ChatRequest request = ChatRequest.parse(new String(body, StandardCharsets.UTF_8));
    ctx.header("Cache-Control", "no-store");
    ctx.json(chat.answer(request.question(), request.conversationId()));
  }

  private static HttpResponseException tooLarge(long size) {
    return new HttpResponseException(HttpStatus.CONTENT_TOO_LARGE.getCode(),
        "body must be at most " + ChatRequest.MAX_BODY_BYTES + " bytes; got " + size, Map.of());
  }
}
