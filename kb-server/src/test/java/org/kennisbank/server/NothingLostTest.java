package org.kennisbank.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kennisbank.server.storage.DatabaseConfig;
import org.kennisbank.server.storage.FeedbackItem;
import org.kennisbank.server.storage.Storage;

/** What the server acknowledged is in the database file: opened afresh, after the server is gone, it is there. */
class NothingLostTest {

  @TempDir Path folder;

  @Test
  void an_acknowledged_write_is_found_when_the_database_is_opened_again() throws Exception {
    DatabaseConfig database = DatabaseConfig.sqlite(folder.resolve("kennisbank.db"));
    String id;
    try (TestServer server = DeskServer.start(folder, database)) {
      Browser agent = new Browser(server.port()).signedIn(DeskServer.AGENT, DeskServer.PASSWORD);
      Browser.Response response = agent.write("POST", "/api/agent/feedback",
          "{\"articleId\":\"paspoort\",\"kind\":\"klopt-niet\",\"remark\":\"acknowledged means committed\"}");
      assertThat(response.status()).isEqualTo(201);
      id = response.json().get("id").asText();
      // Read the file while the server still runs, as after a kill: no shutdown step may be needed to keep it.
      try (Storage reopened = Storage.open(database)) {
        Optional<FeedbackItem> item = reopened.feedback().find(id);
        assertThat(item).isPresent();
        assertThat(item.get().remark()).isEqualTo("acknowledged means committed");
        assertThat(item.get().account()).isEqualTo(DeskServer.AGENT);
      }
    }
    try (Storage afterStop = Storage.open(database)) {
      assertThat(afterStop.feedback().find(id)).isPresent();
    }
  }
}
