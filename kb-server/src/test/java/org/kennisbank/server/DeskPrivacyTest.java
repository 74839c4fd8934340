package org.kennisbank.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feedback remarks, missing-article notes, links and messages are for agents and editors only: after
 * they are stored, no public page or public API answer carries them, and the agent routes refuse
 * anyone without a session or token.
 */
class DeskPrivacyTest {

  @TempDir Path folder;

  @Test
  void nothing_stored_by_the_desktop_reaches_a_public_answer() throws Exception {
    String remark = "Geheime opmerking zeven-vier-twee";
    String note = "Notitie negen-acht-een";
    String title = "Werkinstructie vijf-vijf";
    try (TestServer server = DeskServer.start(folder)) {
      Browser agent = new Browser(server.port()).signedIn(DeskServer.AGENT, DeskServer.PASSWORD);
      Browser editor = new Browser(server.port()).signedIn(DeskServer.EDITOR, DeskServer.PASSWORD);
      String link = agent.write("POST", "/api/agent/links", "{\"articleId\":\"paspoort\",\"section\":\"Kosten\",\"channel\":\"phone\"}")
          .json().get("id").asText();
      assertThat(agent.write("POST", "/api/agent/feedback", "{\"articleId\":\"paspoort\",\"kind\":\"klopt-niet\",\"remark\":\""
          + remark + "\"}").status()).isEqualTo(201);
      assertThat(agent.write("POST", "/api/agent/missing", "{\"query\":\"zeven-vier-twee\",\"note\":\"" + note + "\"}").status())
          .isEqualTo(201);
      assertThat(editor.write("POST", "/api/editor/messages", "{\"title\":\"" + title + "\",\"body\":\"Tekst\"}").status())
          .isEqualTo(201);

      Browser anonymous = new Browser(server.port());
      // Searches for words of the remark: the page shows the query itself, but never the stored text.
      List<String> publicPaths = List.of("/zoeken?q=geheime", "/api/search?q=opmerking", "/", "/zoeken?q=paspoort", "/artikelen/paspoort",
          "/api/search?q=paspoort", "/api/articles/paspoort",
          "/api/suggest?q=pasp", "/health", "/inloggen", "/api/themes");
      for (String path : publicPaths) {
        String body = anonymous.get(path).body();
        assertThat(body).as(path).doesNotContain(remark, note, title, link, "zeven-vier-twee\",\"note");
      }
      for (String path : List.of("/api/agent/feedback/mine", "/api/agent/messages", "/api/agent/session")) {
        Browser.Response refused = anonymous.get(path);
        assertThat(refused.status()).as(path).isEqualTo(401);
        assertThat(refused.body()).as(path).doesNotContain(remark, note, title);
      }
      // The admin token (operators, no internal notes) does not open the desktop's data either.
      Browser.Response admin = anonymous.get("/api/agent/feedback/mine", "Authorization", "Bearer " + TestServer.ADMIN_TOKEN);
      assertThat(admin.status()).isEqualTo(401);
      assertThat(admin.body()).doesNotContain(remark);
    }
  }
}
