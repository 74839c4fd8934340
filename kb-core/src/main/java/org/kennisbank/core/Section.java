package org.kennisbank.core;

import java.util.Objects;

/**
 * One level-2 section of an article: its heading, its Markdown source and the same rendered to
 * HTML (links to other articles rewritten to {@code /artikelen/<id>}).
 */
public record Section(String title, String markdown, String html) {
  public Section {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(markdown, "markdown");
    Objects.requireNonNull(html, "html");
  }
}
