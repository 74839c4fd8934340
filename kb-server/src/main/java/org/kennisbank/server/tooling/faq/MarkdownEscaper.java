package org.kennisbank.server.tooling.faq;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escapes plain text so that Markdown shows it as written. Characters that mark up anywhere in a
 * line ({@code \ * [ ] ` <}, and {@code _} or {@code &} where they could start emphasis or an
 * entity) are escaped in {@link #text}; characters that mark up only at the start of a line (a
 * heading {@code #}, a list marker, a quote, a numbered item, a rule or fence) in
 * {@link #lineStart}. Thread-safe.
 */
final class MarkdownEscaper {

  private static final Pattern ENTITY = Pattern.compile("&(#?[A-Za-z0-9]+;)");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}(?=\\s|$)");
  private static final Pattern BULLET = Pattern.compile("^[-+](?=\\s|$)");
  private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");
  private static final Pattern RULE_OR_UNDERLINE = Pattern.compile("^[-=][-=\\s]*$");
  private static final Pattern CLOSING_HASHES = Pattern.compile("\\s(#+)$");

  private MarkdownEscaper() {}

  /** Escapes the characters of a piece of text that are markup wherever they stand. */
  static String text(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '*', '[', ']', '`', '<' -> escaped.append('\\').append(c);
        case '_' -> {
          boolean insideWord = i > 0 && i + 1 < text.length()
              && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1));
          escaped.append(insideWord ? "_" : "\\_");
        }
        default -> escaped.append(c);
      }
    }
    return ENTITY.matcher(escaped).replaceAll(match -> Matcher.quoteReplacement("\\&" + match.group(1)));
  }

  /** Escapes what would make a line of text a heading, list item, quote, rule or code fence. */
  static String lineStart(String line) {
    if (HEADING.matcher(line).find() || BULLET.matcher(line).find() || line.startsWith(">")
        || line.startsWith("~~~") || RULE_OR_UNDERLINE.matcher(line).matches()) {
      return "\\" + line;
    }
    Matcher numbered = NUMBERED.matcher(line);
    if (numbered.find()) {
      return numbered.group(1) + "\\" + numbered.group(2) + line.substring(numbered.end());
    }
    return line;
  }

  /** Escapes a run of {@code #} at the end of a heading, which Markdown would otherwise drop. */
  static String headingEnd(String heading) {
    Matcher closing = CLOSING_HASHES.matcher(heading);
    if (!closing.find()) {
      return heading;
    }
    return heading.substring(0, closing.start(1)) + "\\" + closing.group(1);
  }
}
