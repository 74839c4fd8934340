package org.kennisbank.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A content root read as plain files, independently of the kb-core parser, so that checks also see
 * articles that kb-core leaves out because of an error.
 */
record ContentFiles(Path root, List<RawArticle> articles, String synonyms, String bestBets) {

  static final String SYNONYMS_FILE = "synonyms.txt";
  static final String BEST_BETS_FILE = "best-bets.tsv";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  /** The internal marker, written exactly (docs/content-format.md); kb-core refuses anything else that resembles it. */
  private static final String INTERNAL_MARKER = "## Intern";

  /**
   * One article file.
   *
   * @param file relative to the content root, with {@code /}
   * @param fields the front matter; empty when it is missing or is not valid YAML
   * @param lines the whole file, one entry per line
   * @param bodyStart the index in {@code lines} of the first body line
   * @param internalStart the index in {@code lines} of the {@code ## Intern} heading, or
   *     {@code lines.size()} when there is none
   */
  record RawArticle(String file, ObjectNode fields, List<String> lines, int bodyStart, int internalStart) {

    RawArticle {
      lines = List.copyOf(lines);
    }

    /** The id from the front matter, or the file name when the front matter has none. */
    String id() {
      return text("id").orElseGet(() -> {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
      });
    }

    String type() {
      return text("type").orElse("");
    }

    /** A single-valued field, stripped; empty when absent, blank or not a single value. */
    Optional<String> text(String field) {
      JsonNode value = fields.get(field);
      if (value == null || !value.isValueNode() || value.isNull() || value.asText().isBlank()) {
        return Optional.empty();
      }
      return Optional.of(value.asText().strip());
    }

    /** A list field; a single value counts as a list of one. */
    List<String> list(String field) {
      JsonNode value = fields.get(field);
      if (value == null || value.isNull()) {
        return List.of();
      }
      if (value.isValueNode()) {
        return List.of(value.asText().strip());
      }
      List<String> values = new ArrayList<>();
      value.forEach(element -> values.add(element.asText().strip()));
      return values;
    }

    /** The public body: from the end of the front matter up to {@code ## Intern}. */
    String publicMarkdown() {
      return String.join("\n", lines.subList(bodyStart, internalStart));
    }

    /** What follows the {@code ## Intern} heading; empty when there is none. */
    String internalMarkdown() {
      return internalStart >= lines.size() ? "" : String.join("\n", lines.subList(internalStart + 1, lines.size()));
    }
  }

  ContentFiles {
    articles = List.copyOf(articles);
  }

  static ContentFiles read(Path root) {
    List<RawArticle> articles = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root.resolve("articles"))) {
      for (Path path : files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        articles.add(readArticle(root.relativize(path).toString().replace('\\', '/'), readText(path)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the articles under " + root.toAbsolutePath(), e);
    }
    return new ContentFiles(root, articles, readOptional(root.resolve(SYNONYMS_FILE)),
        readOptional(root.resolve(BEST_BETS_FILE)));
  }

  private static RawArticle readArticle(String file, String text) {
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
    if (normalized.startsWith("\uFEFF")) {
      normalized = normalized.substring(1);
    }
    List<String> lines = List.of(normalized.split("\n", -1));
    ObjectNode fields = JsonNodeFactory.instance.objectNode();
    int bodyStart = 0;
    if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
      for (int i = 1; i < lines.size(); i++) {
        if (lines.get(i).strip().equals("---")) {
          fields = parseYaml(String.join("\n", lines.subList(1, i)));
          bodyStart = i + 1;
          break;
        }
      }
    }
    int internalStart = lines.size();
    for (int i = bodyStart; i < lines.size(); i++) {
      if (lines.get(i).stripTrailing().equals(INTERNAL_MARKER)) {
        internalStart = i;
        break;
      }
    }
    return new RawArticle(file, fields, lines, bodyStart, internalStart);
  }

  private static ObjectNode parseYaml(String yaml) {
    try {
      JsonNode node = YAML.readTree(yaml);
      return node instanceof ObjectNode object ? object : JsonNodeFactory.instance.objectNode();
    } catch (JsonProcessingException e) {
      // kb-core reports invalid front matter with its line; the other checks see no fields.
      return JsonNodeFactory.instance.objectNode();
    }
  }

  private static String readOptional(Path path) {
    return Files.isRegularFile(path) ? readText(path) : "";
  }

  private static String readText(Path path) {
    try {
      // Lenient on purpose: kb-core reports a file that is not UTF-8; the other checks still run.
      return new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path.toAbsolutePath(), e);
    }
  }
}
