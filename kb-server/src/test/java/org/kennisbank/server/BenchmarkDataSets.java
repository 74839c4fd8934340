package org.kennisbank.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;
import org.kennisbank.core.eval.Judgments;

/**
 * Turns public question-answer data into benchmark content: one {@code faq} article per answer,
 * indexed without its question, and one judgment per question pointing at its answer's article.
 */
final class BenchmarkDataSets {

  /** The shared data, seen from the kb-server module directory (where Maven runs the tests). */
  static final Path SHARED_DATA = Path.of("..", "..", "shared", "data");

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Articles to write and the questions they answer. */
  record DataSet(String name, List<BenchmarkArticle> articles, Judgments judgments) {
    DataSet {
      articles = List.copyOf(articles);
    }

    void writeTo(Path contentDirectory) throws IOException {
      for (BenchmarkArticle article : articles) {
        article.writeTo(contentDirectory);
      }
    }
  }

  private BenchmarkDataSets() {}

  /**
   * PolicyQA (SQuAD format, train and test): each distinct context is one article {@code pqa-NNNN}
   * with the context as its only section, each question one judgment.
   */
  static DataSet policyQa(Path folder) throws IOException {
    Map<String, String> idByContext = new LinkedHashMap<>();
    List<BenchmarkArticle> articles = new ArrayList<>();
    List<Judgments.Judgment> judgments = new ArrayList<>();
    for (String file : List.of("policyqa-train.json", "policyqa-test.json")) {
      for (JsonNode entry : JSON.readTree(folder.resolve(file).toFile()).path("data")) {
        for (JsonNode paragraph : entry.path("paragraphs")) {
          String context = paragraph.path("context").asText();
          String id = idByContext.get(context);
          if (id == null) {
            int number = idByContext.size() + 1;
            id = String.format(Locale.ROOT, "pqa-%04d", number);
            idByContext.put(context, id);
            List<String> lines = cleanLines(context);
            articles.add(new BenchmarkArticle(id, "Antwoord " + number,
                BenchmarkArticle.leadOf(String.join(" ", lines)),
                List.of(new BenchmarkArticle.Section("Antwoord", lines))));
          }
          for (JsonNode qa : paragraph.path("qas")) {
            judgments.add(new Judgments.Judgment(qa.path("question").asText().strip(), List.of(id), judgments.size() + 1));
          }
        }
      }
    }
    return new DataSet("policyqa", articles, new Judgments(folder.toString(), judgments));
  }

  /**
   * Rijksoverheid "vraag en antwoord" records: the introduction as summary, each content paragraph
   * under its own title; the question only as the query. Mirrors the mapping of {@code ./kb import
   * rijksoverheid-faq} for the body (untitled paragraphs continue the section before, the full
   * introduction opens the body when the summary had to be cut), but in plain text.
   */
  static DataSet rijksoverheidFaq(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(path -> path.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    List<BenchmarkArticle> articles = new ArrayList<>();
    List<Judgments.Judgment> judgments = new ArrayList<>();
    for (Path file : files) {
      JsonNode record = JSON.readTree(file.toFile());
      int number = articles.size() + 1;
      String id = String.format(Locale.ROOT, "rof-%03d", number);
      String introduction = String.join(" ", htmlLines(record.path("introduction").asText("")));
      List<BenchmarkArticle.Section> sections = new ArrayList<>();
      for (JsonNode content : record.path("content")) {
        List<String> lines = htmlLines(content.path("paragraph").asText(""));
        if (lines.isEmpty()) {
          continue;
        }
        String heading = clean(content.path("paragraphtitle").asText(""));
        if (org.kennisbank.core.ContentValidator.resemblesInternalMarker("## " + heading)) {
          heading = "Rijksoverheid: " + heading;
        }
        if (heading.isEmpty() && !sections.isEmpty()) {
          BenchmarkArticle.Section before = sections.removeLast();
          sections.add(new BenchmarkArticle.Section(before.heading(),
              Stream.concat(before.paragraphs().stream(), lines.stream()).toList()));
        } else {
          sections.add(new BenchmarkArticle.Section(heading.isEmpty() ? "Inleiding" : heading, lines));
        }
      }
      String lead = introduction.isEmpty() && !sections.isEmpty()
          ? sections.getFirst().paragraphs().getFirst() : introduction;
      String summary = BenchmarkArticle.leadOf(lead);
      if (!introduction.isEmpty() && (!summary.equals(introduction) || sections.isEmpty())) {
        sections.addFirst(new BenchmarkArticle.Section("Inleiding", htmlLines(record.path("introduction").asText(""))));
      }
      articles.add(new BenchmarkArticle(id, "Antwoord " + number, summary, sections));
      judgments.add(new Judgments.Judgment(clean(record.path("question").asText()), List.of(id), number));
    }
    return new DataSet("rijksoverheid", articles, new Judgments(folder.toString(), judgments));
  }

  /**
   * The text of an HTML fragment as lines of plain text, one per paragraph, list item, table cell or
   * line break; scripts, styles, frames and forms are dropped.
   */
  static List<String> htmlLines(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    body.select("script, style, iframe, frame, form, img").remove();
    StringBuilder text = new StringBuilder();
    body.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
          text.append(textNode.getWholeText());
        } else if (node instanceof Element element && (element.isBlock() || element.nameIs("br"))) {
          text.append('\n');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element element && element.isBlock()) {
          text.append('\n');
        }
      }
    });
    return text.toString().lines().map(BenchmarkDataSets::clean).filter(line -> !line.isEmpty()).toList();
  }

  /**
   * PolicyQA contexts as lines of clean text: the scraped text still holds HTML entities
   * ({@code &#39;}) and the literal characters {@code \xa0}, which would glue words together.
   */
  static List<String> cleanLines(String context) {
    String decoded = Parser.unescapeEntities(context.replace("\\xa0", " "), false);
    return decoded.lines().map(BenchmarkDataSets::clean).filter(line -> !line.isEmpty()).toList();
  }

  /** One line: non-breaking spaces as spaces, soft hyphens and zero-width characters removed, whitespace normalised. */
  static String clean(String text) {
    return text.replace('\u00A0', ' ')
        .replaceAll("[\u00AD\u200B\u200C\u200D\u2060\uFEFF]", "")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
