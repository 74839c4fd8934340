package org.kennisbank.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kennisbank.server.storage.DatabaseConfig;

/**
 * Every chat question is logged with its outcome, personal data removed before it reaches the
 * database; editors and admins read the log; a broken log never stops an answer.
 */
class ChatLoggingTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ADMIN = "Authorization";

  @TempDir
  Path folder;
  private TestServer server;

  private TestServer start() throws Exception {
    server = DeskServer.start(folder, DatabaseConfig.sqlite(folder.resolve("chat.db")));
    return server;
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private JsonNode ask(String question, String conversationId) throws Exception {
    var body = JSON.createObjectNode().put("question", question);
    if (conversationId != null) {
      body.put("conversationId", conversationId);
    }
    TestServer.Response response = server.post("/api/chat/answer", body.toString(), "Content-Type", "application/json");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private JsonNode log(int limit) throws Exception {
    TestServer.Response response = server.get("/api/admin/chat-log?limit=" + limit, ADMIN, "Bearer " + TestServer.ADMIN_TOKEN);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  @Test
  void questions_are_logged_with_their_outcome_and_without_personal_data() throws Exception {
    start();
    JsonNode first = ask("wat kost een paspoort", null);
    String conversation = first.get("conversationId").asText();
    ask("mijn bsn is 111222333, hoe ver is mijn aanvraag? bel me op 06-12345678 of mail piet@example.nl", conversation);

    JsonNode lines = log(10);
    assertThat(lines).hasSize(2);
    JsonNode personal = lines.get(0);
    assertThat(personal.get("question").asText())
        .isEqualTo("mijn bsn is [bsn], hoe ver is mijn aanvraag? bel me op [telefoon] of mail [e-mail]");
    assertThat(personal.get("reason").asText()).isEqualTo("personal-case");
    assertThat(personal.get("handover").asBoolean()).isTrue();
    assertThat(personal.get("articleId").isNull()).isTrue();
    assertThat(personal.get("conversationId").asText()).isEqualTo(conversation);
    JsonNode answered = lines.get(1);
    assertThat(answered.get("question").asText()).isEqualTo("wat kost een paspoort");
    assertThat(answered.get("reason").asText()).isEqualTo("answered");
    assertThat(answered.get("articleId").asText()).isEqualTo(first.get("articleId").asText());
    assertThat(answered.get("section").asText()).isEqualTo(first.get("section").asText());
    assertThat(answered.get("confidence").asDouble()).isEqualTo(first.get("confidence").asDouble());
    assertThat(answered.get("at").asText()).endsWith("Z");
    assertThat(log(1)).hasSize(1);

    server.close();
    server = null;
    for (String file : List.of("chat.db", "chat.db-wal")) {
      Path path = folder.resolve(file);
      if (Files.exists(path)) {
        String bytes = new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1);
        assertThat(bytes).as(file).contains("[bsn]").doesNotContain("111222333", "12345678", "piet@example.nl");
      }
    }
  }

  @Test
  void editors_and_admins_read_the_log_and_no_one_else() throws Exception {
    start();
    assertThat(server.get("/api/admin/chat-log").status()).isEqualTo(401);
    assertThat(server.get("/api/admin/chat-log", ADMIN, "Bearer " + TestServer.TOKEN).status()).isIn(401, 403);
    assertThat(new Browser(server.port()).signedIn(DeskServer.AGENT, DeskServer.PASSWORD).get("/api/admin/chat-log").status())
        .isEqualTo(403);
    assertThat(new Browser(server.port()).signedIn(DeskServer.EDITOR, DeskServer.PASSWORD).get("/api/admin/chat-log").status())
        .isEqualTo(200);
    TestServer.Response tooMany = server.get("/api/admin/chat-log?limit=0", ADMIN, "Bearer " + TestServer.ADMIN_TOKEN);
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.body()).contains("limit");
  }

  @Test
  void a_broken_log_never_stops_an_answer() throws Exception {
    start();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("chat.db"))) {
      connection.createStatement().execute("DROP TABLE chat_log");
    }
    JsonNode reply = ask("wat kost een paspoort", null);
    assertThat(reply.get("reason").asText()).isEqualTo("answered");
    assertThat(reply.get("articleId").asText()).isEqualTo("paspoort");
    assertThat(server.get("/api/admin/chat-log", ADMIN, "Bearer " + TestServer.ADMIN_TOKEN).status()).isEqualTo(500);
  }

  @Test
  void the_widget_learns_the_contact_centre_from_the_configuration() throws Exception {
    start();
    TestServer.Response contact = server.get("/api/chat/contact");
    assertThat(contact.status()).isEqualTo(200);
    assertThat(contact.json().get("phone").asText()).isEqualTo("14 0123");
    assertThat(contact.json().get("hours").asText()).isEqualTo("maandag tot en met vrijdag 8.00 tot 17.00 uur");
  }
}
