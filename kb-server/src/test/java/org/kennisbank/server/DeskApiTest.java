package org.kennisbank.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desktop's write endpoints and their reads, with a personal session and with the bearer token. */
class DeskApiTest {

  @TempDir static Path folder;
  private static TestServer server;
  private static Browser agent;
  private static Browser editor;

  @BeforeAll
  static void start() throws Exception {
    server = DeskServer.start(folder);
    agent = new Browser(server.port()).signedIn(DeskServer.AGENT, DeskServer.PASSWORD);
    editor = new Browser(server.port()).signedIn(DeskServer.EDITOR, DeskServer.PASSWORD);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Browser.Response bearer(String method, String path, String body) throws Exception {
    return new Browser(server.port()).json(method, path, body, "Authorization", "Bearer " + TestServer.TOKEN);
  }

  @Test
  void a_link_records_article_section_and_channel_and_answers_201() throws Exception {
    Browser.Response response = agent.write("POST", "/api/agent/links",
        "{\"articleId\":\"paspoort\",\"section\":\"Kosten\",\"channel\":\"phone\"}");

    assertThat(response.status()).isEqualTo(201);
    JsonNode json = response.json();
    assertThat(json.get("id").asText()).matches("[0-9a-f-]{36}");
    assertThat(Instant.parse(json.get("at").asText())).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));
    assertThat(agent.write("POST", "/api/agent/links", "{\"articleId\":\"paspoort\",\"channel\":\"chat\"}").status()).isEqualTo(201);
  }

  @Test
  void a_link_is_refused_with_a_400_naming_the_field() throws Exception {
    assertRefused(agent.write("POST", "/api/agent/links", "{\"articleId\":\"bestaat-niet\",\"channel\":\"phone\"}"), "articleId");
    assertRefused(agent.write("POST", "/api/agent/links", "{\"articleId\":\"paspoort\",\"channel\":\"fax\"}"), "channel");
    assertRefused(agent.write("POST", "/api/agent/links", "{\"articleId\":\"paspoort\"}"), "channel");
    assertRefused(agent.write("POST", "/api/agent/links", "{\"channel\":\"phone\"}"), "articleId");
    assertRefused(agent.write("POST", "/api/agent/links", "{\"articleId\":\"paspoort\",\"channel\":\"phone\",\"caller\":\"Jan\"}"), "caller");
    assertRefused(agent.write("POST", "/api/agent/links", "{\"articleId\":7,\"channel\":\"phone\"}"), "articleId");
    assertRefused(agent.write("POST", "/api/agent/links", "{\"articleId\":\"paspoort\",\"section\":\"" + "x".repeat(201)
        + "\",\"channel\":\"phone\"}"), "section");
    assertThat(agent.write("POST", "/api/agent/links", "[1,2]").status()).isEqualTo(400);
    assertThat(agent.write("POST", "/api/agent/links", "{not json").status()).isEqualTo(400);
  }

  @Test
  void feedback_and_a_missing_article_land_in_the_queue_and_the_agent_sees_their_status() throws Exception {
    Browser sender = new Browser(server.port()).signedIn(DeskServer.ADMIN, DeskServer.PASSWORD);
    Browser.Response feedback = sender.write("POST", "/api/agent/feedback",
        "{\"articleId\":\"paspoort\",\"section\":\"Kosten\",\"kind\":\"verouderd\",\"remark\":\"De prijs is sinds januari hoger.\"}");
    Browser.Response missing = sender.write("POST", "/api/agent/missing",
        "{\"query\":\"hondenbelasting kwijtschelding\",\"note\":\"Vaak gevraagd\"}");

    assertThat(feedback.status()).isEqualTo(201);
    assertThat(feedback.json().get("status").asText()).isEqualTo("new");
    assertThat(missing.status()).isEqualTo(201);
    assertThat(missing.json().get("status").asText()).isEqualTo("new");

    JsonNode items = sender.get("/api/agent/feedback/mine").json().get("items");
    assertThat(items).hasSize(2);
    JsonNode newest = items.get(0);
    assertThat(newest.get("type").asText()).isEqualTo("missing");
    assertThat(newest.get("query").asText()).isEqualTo("hondenbelasting kwijtschelding");
    assertThat(newest.get("note").asText()).isEqualTo("Vaak gevraagd");
    JsonNode flagged = items.get(1);
    assertThat(flagged.get("type").asText()).isEqualTo("feedback");
    assertThat(flagged.get("articleId").asText()).isEqualTo("paspoort");
    assertThat(flagged.get("section").asText()).isEqualTo("Kosten");
    assertThat(flagged.get("kind").asText()).isEqualTo("verouderd");
    assertThat(flagged.get("remark").asText()).isEqualTo("De prijs is sinds januari hoger.");
    assertThat(flagged.get("createdAt").asText()).isNotEmpty();

    Browser.Response changed = editor.write("PATCH", "/api/editor/feedback/" + flagged.get("id").asText(), "{\"status\":\"in-progress\"}");
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().get("status").asText()).isEqualTo("in-progress");
    JsonNode after = sender.get("/api/agent/feedback/mine").json().get("items").get(1);
    assertThat(after.get("status").asText()).isEqualTo("in-progress");
    assertThat(agent.get("/api/agent/feedback/mine").body()).doesNotContain("De prijs is sinds januari hoger.");
  }

  @Test
  void feedback_is_refused_with_a_400_naming_the_field() throws Exception {
    assertRefused(agent.write("POST", "/api/agent/feedback", "{\"articleId\":\"paspoort\",\"kind\":\"fout\",\"remark\":\"x\"}"), "kind");
    assertRefused(agent.write("POST", "/api/agent/feedback", "{\"articleId\":\"paspoort\",\"kind\":\"verouderd\"}"), "remark");
    assertRefused(agent.write("POST", "/api/agent/feedback", "{\"articleId\":\"paspoort\",\"kind\":\"verouderd\",\"remark\":\""
        + "x".repeat(2001) + "\"}"), "remark");
    assertRefused(agent.write("POST", "/api/agent/missing", "{\"query\":\"\",\"note\":\"x\"}"), "query");
    assertRefused(agent.write("POST", "/api/agent/missing", "{\"query\":\"" + "q".repeat(501) + "\",\"note\":\"\"}"), "query");
    assertRefused(agent.write("POST", "/api/agent/missing", "{\"query\":\"iets\",\"note\":\"" + "n".repeat(2001) + "\"}"), "note");
    assertRefused(editor.write("PATCH", "/api/editor/feedback/00000000-0000-0000-0000-000000000000", "{\"status\":\"klaar\"}"), "status");
    assertThat(editor.write("PATCH", "/api/editor/feedback/00000000-0000-0000-0000-000000000000", "{\"status\":\"done\"}").status())
        .isEqualTo(404);
  }

  @Test
  void messages_show_current_ones_important_first_then_newest_with_read_marks() throws Exception {
    Instant now = Instant.now();
    List<String> ids = new ArrayList<>();
    ids.add(createMessage("Oud nieuws", false, now.minus(3, ChronoUnit.DAYS), null));
    ids.add(createMessage("Nieuw nieuws", false, now.minus(1, ChronoUnit.HOURS), null));
    ids.add(createMessage("Storing DigiD", true, now.minus(2, ChronoUnit.DAYS), now.plus(1, ChronoUnit.DAYS)));
    createMessage("Verlopen", true, now.minus(3, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS));
    createMessage("Toekomst", true, now.plus(1, ChronoUnit.DAYS), null);

    JsonNode items = agent.get("/api/agent/messages").json().get("items");
    List<String> titles = new ArrayList<>();
    items.forEach(item -> titles.add(item.get("title").asText()));
    assertThat(titles).containsSubsequence("Storing DigiD", "Nieuw nieuws", "Oud nieuws").doesNotContain("Verlopen", "Toekomst");
    JsonNode important = items.get(0);
    assertThat(important.get("important").asBoolean()).isTrue();
    assertThat(important.get("read").asBoolean()).isFalse();
    assertThat(important.get("publishUntil").asText()).isNotEmpty();

    assertThat(agent.write("POST", "/api/agent/messages/" + ids.get(2) + "/read", "").status()).isEqualTo(204);
    assertThat(agent.write("POST", "/api/agent/messages/" + ids.get(2) + "/read", "").status()).isEqualTo(204);
    assertThat(agent.get("/api/agent/messages").json().get("items").get(0).get("read").asBoolean()).isTrue();
    assertThat(editor.get("/api/agent/messages").json().get("items").get(0).get("read").asBoolean()).isFalse();
    assertThat(agent.write("POST", "/api/agent/messages/00000000-0000-0000-0000-000000000000/read", "").status()).isEqualTo(404);
    assertThat(agent.write("POST", "/api/agent/messages/nonsense/read", "").status()).isEqualTo(404);
  }

  @Test
  void a_message_is_refused_with_a_400_naming_the_field() throws Exception {
    assertRefused(editor.write("POST", "/api/editor/messages", "{\"body\":\"x\"}"), "title");
    assertRefused(editor.write("POST", "/api/editor/messages", "{\"title\":\"x\",\"body\":\"x\",\"publishFrom\":\"morgen\"}"), "publishFrom");
    assertRefused(editor.write("POST", "/api/editor/messages", "{\"title\":\"x\",\"body\":\"x\",\"important\":\"ja\"}"), "important");
    assertRefused(editor.write("POST", "/api/editor/messages", "{\"title\":\"x\",\"body\":\"x\",\"publishFrom\":\"2026-12-04T10:00:00Z\","
        + "\"publishUntil\":\"2026-12-04T09:00:00Z\"}"), "publishUntil");
  }

  @Test
  void roles_follow_the_hierarchy_for_sessions() throws Exception {
    String message = "{\"title\":\"Test\",\"body\":\"Tekst\"}";
    assertThat(agent.write("POST", "/api/editor/messages", message).status()).isEqualTo(403);
    assertThat(editor.write("POST", "/api/editor/messages", message).status()).isEqualTo(201);
    Browser admin = new Browser(server.port()).signedIn(DeskServer.ADMIN, DeskServer.PASSWORD);
    assertThat(admin.write("POST", "/api/editor/messages", message).status()).isEqualTo(201);
    assertThat(admin.get("/api/agent/search?q=paspoort").status()).isEqualTo(200);
    assertThat(editor.get("/api/agent/articles/paspoort").status()).isEqualTo(200);
  }

  @Test
  void the_bearer_token_still_opens_the_agent_channel_and_writes_as_api_agent() throws Exception {
    Browser.Response feedback = bearer("POST", "/api/agent/feedback",
        "{\"articleId\":\"paspoort\",\"kind\":\"onduidelijk\",\"remark\":\"via de API\"}");

    assertThat(feedback.status()).isEqualTo(201);
    Browser.Response mine = new Browser(server.port()).get("/api/agent/feedback/mine", "Authorization", "Bearer " + TestServer.TOKEN);
    assertThat(mine.json().get("items").get(0).get("remark").asText()).isEqualTo("via de API");
    assertThat(bearer("POST", "/api/editor/messages", "{\"title\":\"x\",\"body\":\"y\"}").status()).isIn(401, 403);
    assertThat(new Browser(server.port()).json("POST", "/api/agent/links", "{\"articleId\":\"paspoort\",\"channel\":\"desk\"}",
        "Authorization", "Bearer " + TestServer.ADMIN_TOKEN).status()).isEqualTo(401);
  }

  @Test
  void without_a_session_or_token_the_json_routes_answer_401() throws Exception {
    Browser anonymous = new Browser(server.port());
    assertThat(anonymous.get("/api/agent/feedback/mine").status()).isEqualTo(401);
    assertThat(anonymous.get("/api/agent/messages").status()).isEqualTo(401);
    assertThat(anonymous.json("POST", "/api/agent/missing", "{\"query\":\"x\",\"note\":\"\"}").status()).isEqualTo(401);
    assertThat(anonymous.json("PATCH", "/api/editor/feedback/x", "{\"status\":\"done\"}").status()).isIn(401, 403);
  }

  private static String createMessage(String title, boolean important, Instant from, Instant until) throws Exception {
    Browser.Response response = editor.write("POST", "/api/editor/messages", "{\"title\":\"" + title + "\",\"body\":\"Tekst van "
        + title + "\",\"important\":" + important + ",\"publishFrom\":\"" + from + "\""
        + (until == null ? "" : ",\"publishUntil\":\"" + until + "\"") + "}");
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asText();
  }

  private static void assertRefused(Browser.Response response, String field) throws Exception {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().get("message").asText()).contains("'" + field + "'");
  }
}
