package org.kennisbank.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code faq} article written for a retrieval benchmark, in the format of docs/content-format.md:
 * a neutral title (so the question never reaches the index), a summary of at most 300 characters,
 * and public sections of plain-text paragraphs. Text values are double-quoted YAML and paragraphs
 * are escaped, so any source text reads back as written. Immutable.
 */
record BenchmarkArticle(String id, String title, String summary, List<Section> sections) {

  static final int MAX_SUMMARY_LENGTH = 300;

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s)");
  private static final Pattern ENTITY = Pattern.compile("&(#?[A-Za-z0-9]+;)");
  private static final Pattern LINE_MARKER = Pattern.compile("^(#{1,6}(\\s|$)|[-+>=~])");
  private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");

  /** A level-2 section: a heading and its paragraphs, each one line of plain text. */
  record Section(String heading, List<String> paragraphs) {
    Section {
      Objects.requireNonNull(heading, "heading");
      paragraphs = List.copyOf(paragraphs);
    }
  }

  BenchmarkArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    if (summary.isBlank() || summary.length() > MAX_SUMMARY_LENGTH) {
      throw new IllegalArgumentException(id + ": summary must have 1 to 300 characters; got " + summary.length());
    }
    sections = List.copyOf(sections);
  }

  /**
   * The first whole sentences of a one-line text that fit in 300 characters; when even the first
   * sentence is longer, its words that fit followed by {@code …}.
   */
  static String leadOf(String text) {
    if (text.length() <= MAX_SUMMARY_LENGTH) {
      return text;
    }
    int cut = -1;
    Matcher end = SENTENCE_END.matcher(text);
    while (end.find() && end.end() <= MAX_SUMMARY_LENGTH) {
      cut = end.end();
    }
    if (cut > 0) {
      return text.substring(0, cut);
    }
    int space = text.lastIndexOf(' ', MAX_SUMMARY_LENGTH - 1);
    return (space > 0 ? text.substring(0, space) : text.substring(0, MAX_SUMMARY_LENGTH - 1)) + "…";
  }

  /** Writes the article to {@code articles/<id>.md} below a content directory. */
  void writeTo(Path contentDirectory) throws IOException {
    Path file = contentDirectory.resolve("articles").resolve(id + ".md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, markdown(), StandardCharsets.UTF_8);
  }

  String markdown() {
    StringBuilder text = new StringBuilder("---\n")
        .append("id: ").append(id).append('\n')
        .append("type: faq\n")
        .append("title: ").append(quoted(title)).append('\n')
        .append("summary: ").append(quoted(summary)).append('\n')
        .append("themes: [vragen-en-klagen]\n")
        .append("audience: [particulier]\n")
        .append("owner: Benchmark\n")
        .append("review: 2027-01-01\n")
        .append("---\n");
    for (Section section : sections) {
      text.append("\n## ").append(escaped(section.heading())).append('\n');
      for (String paragraph : section.paragraphs()) {
        text.append('\n').append(escapedLine(paragraph)).append('\n');
      }
    }
    return text.toString();
  }

  /** A YAML double-quoted scalar; control and line-separator characters as {@code \\uXXXX}. */
  static String quoted(String value) {
    StringBuilder quoted = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
        quoted.append(String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }

  /** A paragraph that Markdown shows as written: never a heading, list, quote, rule or fence. */
  static String escapedLine(String line) {
    String escaped = escaped(line.strip());
    Matcher numbered = NUMBERED.matcher(escaped);
    if (numbered.find()) {
      return numbered.group(1) + "\\" + numbered.group(2) + escaped.substring(numbered.end());
    }
    return LINE_MARKER.matcher(escaped).find() ? "\\" + escaped : escaped;
  }

  /** Escapes what marks up text anywhere in a line: {@code \ * _ [ ] ` <} and entities. */
  static String escaped(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '*', '_', '[', ']', '`', '<' -> escaped.append('\\').append(c);
        default -> escaped.append(c);
      }
    }
    return ENTITY.matcher(escaped).replaceAll(match -> Matcher.quoteReplacement("\\&" + match.group(1)));
  }
}
