package org.kennisbank.core.internal.content;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML block at the top of an article, between two lines of {@code ---}, and the Markdown body
 * after it. Knows the line on which each top-level field starts, so errors can name it.
 */
record FrontMatter(String yaml, String body, int bodyFirstLine, List<String> yamlLines) {

  private static final Pattern FIELD_START = Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*)\\s*:");

  /** Splits a file; returns null when it does not start with a front matter block. */
  static FrontMatter split(String text) {
    String[] lines = text.split("\n", -1);
    if (lines.length == 0 || !lines[0].strip().equals("---")) {
      return null;
    }
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].strip().equals("---")) {
        List<String> yamlLines = List.of(lines).subList(1, i);
        String body = String.join("\n", List.of(lines).subList(i + 1, lines.length));
        return new FrontMatter(String.join("\n", yamlLines), body, i + 2, yamlLines);
      }
    }
    return null;
  }

  /** The file line (1-based) on which a top-level field starts, or the line of the opening {@code ---}. */
  int lineOf(String field) {
    for (int i = 0; i < yamlLines.size(); i++) {
      Matcher matcher = FIELD_START.matcher(yamlLines.get(i));
      if (matcher.find() && matcher.group(1).equals(field)) {
        return i + 2;
      }
    }
    return 1;
  }

  /** The top-level field names in the order they appear. */
  List<String> fieldNames() {
    return yamlLines.stream()
        .map(FIELD_START::matcher)
        .filter(Matcher::find)
        .map(matcher -> matcher.group(1))
        .toList();
  }
}
