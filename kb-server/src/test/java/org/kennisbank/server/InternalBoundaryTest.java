package org.kennisbank.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kennisbank.core.Channel;
import org.kennisbank.core.ContentProblem;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.core.Theme;

/**
 * The internal boundary as a property (issue 12, "prove it"): over bundled articles plus generated
 * ones whose internal part holds unique marker words, and generated articles whose internal text
 * follows a near-miss heading ({@code ##Intern}, {@code **Intern**}, ...), no public answer (search
 * hit, snippet, facet, did-you-mean, suggestion, article, page, chat answer) ever contains a marker, whatever the
 * query: the markers themselves, their prefixes (typing, suggest), their typos. The agent channel
 * finds them, so the property is not vacuous.
 *
 * <p>The query is echoed in answers (the {@code query} field, the search box, the heading, links);
 * those echoes are removed before looking, and a marker counts by its first {@value #ROOT_LENGTH}
 * characters, so a stemmed or completed form is found too. Seed {@code KB_SEED}, cases
 * {@code KB_CASES} (queries; default {@value #DEFAULT_CASES}).
 */
class InternalBoundaryTest {

  static final long DEFAULT_SEED = 20261204L;
  static final int DEFAULT_CASES = 300;
  private static final int GENERATED = 30;
  private static final int ROOT_LENGTH = 9;
  private static final String MARKER_PREFIX = "kbint";
  private static final List<String> FIXTURES = List.of("paspoort", "identiteitskaart", "afvalinzameling-grofvuil",
      "parkeervergunning", "bijstand", "verhuizing");
  private static final List<String> NEAR_MISSES = List.of("##Intern", "# Intern", "### Intern", "**Intern**",
      "## Intern:", "## Interne notities", "## INTERN", "Intern:", "_Intern_", "## Intern (concept)");
  private static final List<String> PUBLIC_WORDS = List.of("aanvragen", "kosten", "balie", "afspraak", "formulier",
      "gemeente", "vergunning", "paspoort", "afval", "melding", "online", "inwoners");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CHAT = "/api/chat/answer";

  @TempDir
  static Path content;

  private static final long seed = Setting.seed(DEFAULT_SEED);
  private static final HostileText random = new HostileText(seed);
  private static final List<String> markers = new ArrayList<>();
  private static final List<String> articleIds = new ArrayList<>();
  private static final List<String> nearMissIds = new ArrayList<>();
  private static KnowledgeBase kb;
  private static TestServer server;
  private static HostileClient client;

  @BeforeAll
  static void content_with_marked_internal_parts() throws IOException {
    Path bundled = Path.of("../kb-content/src/main/resources/kennisbank");
    Path products = Files.createDirectories(content.resolve("articles/products"));
    Files.copy(bundled.resolve("synonyms.txt"), content.resolve("synonyms.txt"));
    for (String id : FIXTURES) {
      Path fixture = bundled.resolve("articles/products/" + id + ".md");
      if (Files.exists(fixture)) {
        Files.copy(fixture, products.resolve(id + ".md"));
      }
    }
    for (int i = 0; i < GENERATED; i++) {
      String id = "gegenereerd-" + i;
      articleIds.add(id);
      Files.writeString(products.resolve(id + ".md"), article(id, "## Intern", List.of(marker(), marker(), marker())));
    }
    for (int i = 0; i < NEAR_MISSES.size(); i++) {
      String id = "bijna-intern-" + i;
      nearMissIds.add(id);
      Files.writeString(products.resolve(id + ".md"), article(id, NEAR_MISSES.get(i), List.of(marker(), marker())));
    }
    kb = KnowledgeBase.open(content);
    server = new TestServer(kb, TestServer.TOKEN);
    client = new HostileClient(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
    kb.close();
  }

  private static String marker() {
    String marker = MARKER_PREFIX + random.letters(7);
    markers.add(marker);
    return marker;
  }

  private static String sentence(int words) {
    List<String> chosen = new ArrayList<>();
    for (int i = 0; i < words; i++) {
      chosen.add(random.pick(PUBLIC_WORDS));
    }
    return String.join(" ", chosen) + ".";
  }

  /** A product article whose internal part, after {@code heading}, holds the markers in text, a heading and a list. */
  private static String article(String id, String heading, List<String> secret) {
    String title = "Testproduct " + random.pick(PUBLIC_WORDS) + " " + id;
    return """
        ---
        id: %s
        type: product
        title: %s
        summary: Met dit product regelt u iets bij de gemeente. U vraagt het online aan of aan de balie.
        themes: [%s]
        audience: [particulier]
        keywords: [%s, %s]
        upl: http://standaarden.overheid.nl/owms/terms/%s
        related: []
        handling: back-office
        owner: Team Test
        review: 2099-06-01
        ---

        ## Wat is het

        %s %s

        ## Kosten

        %s

        %s

        ### Afhandeling

        De backoffice beslist over %s; zie ook %s.

        ### Notities %s

        - %s
        - Let op bij %s en %s.
        """.formatted(id, title, random.pick(Theme.ids()), random.pick(PUBLIC_WORDS), random.pick(PUBLIC_WORDS), id,
        sentence(8), sentence(6), sentence(7), heading, secret.get(0), secret.get(1), secret.get(secret.size() - 1),
        secret.get(0), random.pick(PUBLIC_WORDS), secret.get(1));
  }

  @Test
  void near_miss_headings_are_errors_that_keep_their_articles_out() throws Exception {
    for (String id : nearMissIds) {
      assertThat(kb.problems()).as(id).anyMatch(p -> p.file().contains(id) && p.severity() == ContentProblem.Severity.ERROR);
      assertThat(client.get("/api/articles/" + id).status()).as(id).isEqualTo(404);
      assertThat(client.get("/artikelen/" + id).status()).as(id).isEqualTo(404);
    }
  }

  @Test
  void the_agent_channel_finds_the_markers_so_the_property_is_not_vacuous() throws Exception {
    String marker = markers.get(0);
    HostileClient.Answer search = client.get("/api/agent/search?q=" + marker, "Authorization", "Bearer " + TestServer.TOKEN);
    HostileClient.Answer article = client.get("/api/agent/articles/" + articleIds.get(0), "Authorization", "Bearer " + TestServer.TOKEN);

    assertThat(articleIds).allMatch(id -> kb.article(id, Channel.PUBLIC).isPresent());
    assertThat(search.body()).contains(articleIds.get(0));
    assertThat(article.body()).contains(marker);
    assertThat(leak("/api/agent/articles/" + articleIds.get(0), article.body(), true)).as("the leak check sees a marker").isPresent();
  }

  @Test
  void no_public_answer_ever_contains_a_marker_whatever_the_query() throws Exception {
    int cases = Setting.cases(DEFAULT_CASES);
    List<String> leaks = new ArrayList<>();
    int requests = 0;
    long start = System.nanoTime();
    for (String path : fixedPages()) {
      requests++;
      leak(path, client.get(path).body(), path.startsWith("/api/")).ifPresent(leaks::add);
    }
    int chatFromGenerated = 0;
    for (String id : articleIds) {
      requests++;
      String question = "hoe regel ik " + kb.article(id, Channel.PUBLIC).orElseThrow().title() + " en wat kost het?";
      String answer = chat(question);
      chatFromGenerated += JSON.readTree(answer).path("articleId").asText().startsWith("gegenereerd-") ? 1 : 0;
      leak(CHAT + " " + question, answer, true).ifPresent(leaks::add);
    }
    assertThat(chatFromGenerated).as("chat answers from the articles that hold markers").isGreaterThan(GENERATED / 2);
    for (int i = 0; i < cases && leaks.size() < 5; i++) {
      String plain = query();
      requests++;
      leak(CHAT + " " + plain, chat(plain), true).ifPresent(leaks::add);
      String query = TestServer.q(plain);
      for (String path : List.of("/api/search?q=" + query, "/api/search?typing=true&q=" + query,
          "/api/suggest?q=" + query, "/zoeken?q=" + query)) {
        requests++;
        HostileClient.Answer answer = client.get(path);
        assertThat(answer.status()).as(path).isBetween(200, 499);
        leak(path, answer.body(), path.startsWith("/api/")).ifPresent(leaks::add);
      }
    }
    System.out.printf("internal boundary: %d queries, %d public requests (seed %d, %d markers in %d articles, %d near misses) in %d ms; %d leaks%n",
        cases, requests, seed, markers.size(), GENERATED, nearMissIds.size(), (System.nanoTime() - start) / 1_000_000, leaks.size());
    assertThat(leaks).as("leaks with seed %d", seed).isEmpty();
  }

  /** The chatbot's answer to {@code question}, which must be a 200 or (for text it refuses) a 400. */
  private static String chat(String question) throws Exception {
    TestServer.Response answer = server.post(CHAT, JSON.createObjectNode().put("question", question).toString(),
        "Content-Type", "application/json");
    assertThat(answer.status()).as(question).isIn(200, 400);
    return answer.body();
  }

  /** Every page and answer that needs no query: articles (generated, near misses, fixtures), themes, home, health. */
  private static List<String> fixedPages() {
    List<String> paths = new ArrayList<>(List.of("/", "/api/themes", "/health", "/zoeken"));
    for (String id : java.util.stream.Stream.of(articleIds, nearMissIds, FIXTURES).flatMap(List::stream).toList()) {
      paths.add("/api/articles/" + id);
      paths.add("/artikelen/" + id);
    }
    Theme.ids().forEach(theme -> paths.add("/themas/" + theme));
    return paths;
  }

  /** A marker, a prefix of one, a typo of one, alone or among public words. */
  private static String query() {
    String marker = random.pick(markers);
    String word = switch (random.below(5)) {
      case 0 -> marker;
      case 1 -> marker.substring(0, 3 + random.below(marker.length() - 3));
      case 2 -> random.mutated(marker);
      case 3 -> random.mutated(random.mutated(marker));
      default -> marker.toUpperCase(Locale.ROOT);
    };
    return switch (random.below(3)) {
      case 0 -> word;
      case 1 -> random.pick(PUBLIC_WORDS) + " " + word;
      default -> word + " " + random.pick(PUBLIC_WORDS);
    };
  }

  /** What of a marker is left in the answer once the echoes of the query are taken out. */
  private static java.util.Optional<String> leak(String path, String body, boolean json) throws IOException {
    String seen;
    if (json && body.startsWith("{")) {
      ObjectNode node = (ObjectNode) JSON.readTree(body);
      node.remove("query");
      seen = node.toString();
    } else if (json) {
      seen = body;
    } else {
      Document page = Jsoup.parse(body);
      page.select("title, h1, input[name=q]").remove();
      page.select("a[href]").removeAttr("href");
      seen = page.outerHtml();
    }
    String lower = seen.toLowerCase(Locale.ROOT);
    return markers.stream().filter(marker -> lower.contains(marker.substring(0, ROOT_LENGTH))).findFirst()
        .map(marker -> "marker " + marker + " in GET " + path + ": " + ResponseRules.abbreviate(seen));
  }
}
