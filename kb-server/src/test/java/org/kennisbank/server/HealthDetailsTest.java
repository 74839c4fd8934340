package org.kennisbank.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kennisbank.core.KnowledgeBase;

/** /health tells anyone whether the server lives; which files have which problems only an admin learns. */
class HealthDetailsTest {

  private static final String ADMIN = "admin-token-for-test";

  @TempDir
  Path content;

  @BeforeEach
  void content_with_one_broken_article() throws Exception {
    Path products = Files.createDirectories(content.resolve("articles/products"));
    Files.writeString(products.resolve("kapot-artikel.md"), "---\nid: kapot-artikel\ntype: product\ntitle: Kapot\nsummary: x\nthemes: [onbekend]\n---\n\n## Wat is het\n\nTekst.\n");
  }

  @Test
  void public_health_gives_status_and_counts_but_no_file_path_or_problem() throws Exception {
    try (KnowledgeBase kb = KnowledgeBase.open(content); TestServer server = new TestServer(kb, null, ADMIN)) {
      TestServer.Response health = server.get("/health");

      assertThat(health.json().get("status").asText()).isEqualTo("down");
      assertThat(health.json().get("errors").asLong()).isPositive();
      assertThat(health.body()).doesNotContain("kapot-artikel", "onbekend", content.toString(), "problems");
    }
  }

  @Test
  void admin_health_lists_the_problems_with_their_files() throws Exception {
    try (KnowledgeBase kb = KnowledgeBase.open(content); TestServer server = new TestServer(kb, null, ADMIN)) {
      TestServer.Response health = server.get("/api/admin/health", "Authorization", "Bearer " + ADMIN);
      JsonNode json = health.json();

      assertThat(health.status()).isEqualTo(503);
      assertThat(json.get("content").asText()).isEqualTo(content.toAbsolutePath().toString());
      assertThat(json.get("problems").toString()).contains("kapot-artikel.md").contains("onbekend");
      assertThat(health.header("Cache-Control")).contains("no-store");
    }
  }

  @Test
  void admin_health_refuses_anyone_without_the_admin_token() throws Exception {
    try (KnowledgeBase kb = KnowledgeBase.open(content); TestServer server = new TestServer(kb, "agent-token", ADMIN)) {
      TestServer.Response none = server.get("/api/admin/health");
      TestServer.Response agent = server.get("/api/admin/health", "Authorization", "Bearer agent-token");

      assertThat(none.status()).isEqualTo(401);
      assertThat(none.body()).isEqualTo("{\"status\":401,\"message\":\"the admin API needs the header 'Authorization: Bearer <token>'\"}");
      assertThat(agent.status()).isEqualTo(401);
      assertThat(agent.body()).doesNotContain("kapot-artikel");
    }
  }

  @Test
  void admin_api_is_closed_without_a_configured_token() throws Exception {
    try (KnowledgeBase kb = KnowledgeBase.open(content); TestServer server = new TestServer(kb, null)) {
      TestServer.Response response = server.get("/api/admin/health", "Authorization", "Bearer anything");

      assertThat(response.status()).isEqualTo(403);
      assertThat(response.json().get("message").asText()).contains("KB_ADMIN_TOKEN");
    }
  }
}
