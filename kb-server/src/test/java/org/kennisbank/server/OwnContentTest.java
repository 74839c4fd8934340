package org.kennisbank.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kennisbank.core.KnowledgeBase;

/** The server over small content directories written by the test: health and unsafe links. */
class OwnContentTest {

  @TempDir
  Path content;

  private static final String UPL = "upl: http://standaarden.overheid.nl/owms/terms/parkeervergunning";

  private void article(String id, String extraFrontMatter) throws Exception {
    Path products = Files.createDirectories(content.resolve("articles/products"));
    Files.writeString(products.resolve(id + ".md"), """
        ---
        id: %s
        type: product
        title: Parkeervergunning
        summary: Met een parkeervergunning parkeert u in uw eigen wijk. U vraagt hem online aan.
        themes: [vergunningen]
        audience: [particulier]
        keywords: [bewonersvergunning]
        related: []
        handling: back-office
        owner: Team Parkeren
        review: 2099-06-01
        %s
        ---

        ## Wat is het

        In het centrum betaalt u voor parkeren. Bewoners kunnen een vergunning krijgen.

        ## Intern

        ### Afhandeling

        De backoffice Parkeren beslist; de eerste lijn legt de regels uit.
        """.formatted(id, extraFrontMatter));
  }

  @Test
  void health_is_down_when_no_article_is_live() throws Exception {
    article("parkeervergunning", UPL + "\nexpires: 2020-01-01");
    try (KnowledgeBase kb = KnowledgeBase.open(content); TestServer server = new TestServer(kb, null)) {
      TestServer.Response health = server.get("/health");

      assertThat(health.status()).isEqualTo(503);
      assertThat(health.json().get("status").asText()).isEqualTo("down");
    }
  }

  @Test
  void health_is_down_when_the_content_has_no_articles() throws Exception {
    Files.createDirectories(content.resolve("articles"));
    try (KnowledgeBase kb = KnowledgeBase.open(content); TestServer server = new TestServer(kb, null)) {
      assertThat(server.get("/health").status()).isEqualTo(503);
    }
  }

  @Test
  void health_is_ok_with_a_live_article() throws Exception {
    article("parkeervergunning", UPL);
    try (KnowledgeBase kb = KnowledgeBase.open(content); TestServer server = new TestServer(kb, null)) {
      TestServer.Response health = server.get("/health");

      assertThat(health.status()).as(health.body()).isEqualTo(200);
      assertThat(health.json().get("status").asText()).isEqualTo("ok");
    }
  }

  @Test
  void source_and_upl_with_a_script_scheme_never_become_links() throws Exception {
    article("parkeervergunning", """
        source: "javascript:alert(document.cookie)"
        upl: "JavaScript:alert(1)"
        """.strip());
    try (KnowledgeBase kb = KnowledgeBase.open(content); TestServer server = new TestServer(kb, null)) {
      TestServer.Response response = server.get("/artikelen/parkeervergunning");

      // The loader may refuse such an article outright (then 404); if it loads, no link is made.
      assertThat(response.status()).isIn(200, 404);
      assertThat(response.body().toLowerCase(java.util.Locale.ROOT)).doesNotContain("javascript:");
      if (response.status() == 200) {
        assertThat(response.body()).contains("<h1>Parkeervergunning</h1>").doesNotContain("Bron:");
      }
    }
  }

  @Test
  void an_https_source_is_a_link() throws Exception {
    article("parkeervergunning", UPL + "\nsource: https://www.rijksoverheid.nl/onderwerpen/parkeren");
    try (KnowledgeBase kb = KnowledgeBase.open(content); TestServer server = new TestServer(kb, null)) {
      String page = server.get("/artikelen/parkeervergunning").body();

      assertThat(page).contains("Bron: <a href=\"https://www.rijksoverheid.nl/onderwerpen/parkeren\">");
    }
  }
}
