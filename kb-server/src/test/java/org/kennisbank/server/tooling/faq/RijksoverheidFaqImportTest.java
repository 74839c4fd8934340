package org.kennisbank.server.tooling.faq;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kennisbank.core.ContentProblem;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.core.SearchHit;
import org.kennisbank.core.SearchRequest;
import org.kennisbank.server.KbServer;
import org.kennisbank.server.ServerConfig;

/** Imports all shared Rijksoverheid FAQ records next to the bundled content, then loads, searches and serves it. */
class RijksoverheidFaqImportTest {

  /** Tests run in the module directory (kb-server); shared data lies beside the repository. */
  static final Path RECORDS = Path.of("..", "..", "shared", "data", "rijksoverheid-faq");
  static final Path BUNDLED = Path.of("..", "kb-content", "src", "main", "resources", "kennisbank");

  @TempDir static Path content;
  static ImportReport report;
  static KnowledgeBase kb;
  static List<JsonNode> records;

  @BeforeAll
  static void importIntoBundledContent() throws IOException {
    assertThat(RECORDS).as("the shared Rijksoverheid FAQ records").isDirectory();
    copy(BUNDLED, content);
    report = new FaqImporter().importFolder(RECORDS, content);
    kb = KnowledgeBase.open(content);
    records = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(RECORDS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        records.add(json.readTree(file.toFile()));
      }
    }
  }

  @AfterAll
  static void close() {
    if (kb != null) {
      kb.close();
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : paths.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  @Test
  void every_shared_record_is_imported_and_the_knowledge_base_loads_without_errors() {
    assertThat(records).hasSize(179);
    assertThat(report.summary()).isEqualTo("179 records read: 179 written, 0 unchanged, 0 skipped");
    List<ContentProblem> errors = kb.problems().stream()
        .filter(problem -> problem.severity() == ContentProblem.Severity.ERROR).toList();
    assertThat(errors).isEmpty();
    assertThat(kb.problems()).as("warnings").isEmpty();
    for (JsonNode record : records) {
      assertThat(kb.article(record.get("id").asText())).as(record.get("id").asText()).isPresent();
    }
  }

  @Test
  void nearly_every_question_finds_its_own_article_in_the_top_10() {
    int top1 = 0;
    int top10 = 0;
    List<String> misses = new ArrayList<>();
    for (JsonNode record : records) {
      String id = record.get("id").asText();
      String question = record.get("question").asText();
      List<String> hits = kb.search(SearchRequest.of(question)).hits().stream().map(SearchHit::id).toList();
      int rank = hits.indexOf(id);
      if (rank == 0) {
        top1++;
      }
      if (rank >= 0) {
        top10++;
      } else {
        misses.add(question);
      }
    }
    int total = records.size();
    System.out.printf(Locale.ROOT, "Rijksoverheid FAQ self-retrieval over %d questions: top 1 %d (%.1f%%), top 10 %d (%.1f%%)%n",
        total, top1, 100.0 * top1 / total, top10, 100.0 * top10 / total);
    misses.forEach(question -> System.out.println("  not in top 10: " + question));

    assertThat(top10).as("questions finding their own article in the top 10").isGreaterThanOrEqualTo((int) Math.ceil(0.9 * total));
  }

  @Test
  void the_server_starts_on_the_combined_content_and_serves_an_imported_faq() throws Exception {
    Javalin app = KbServer.create(kb, new ServerConfig("127.0.0.1", 0, Optional.empty())).start();
    try {
      HttpClient client = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + app.port();
      HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> article = client.send(HttpRequest.newBuilder(
          URI.create(base + "/api/articles/0038f3c3-6266-4d40-965b-a78e96241c22")).build(), HttpResponse.BodyHandlers.ofString());

      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(new ObjectMapper().readTree(health.body()).get("status").asText()).isEqualTo("ok");
      assertThat(article.statusCode()).isEqualTo(200);
      assertThat(article.body()).contains("Waar vind ik vacatures en informatie over werken of stages bij de overheid?");
    } finally {
      app.stop();
    }
  }
}
